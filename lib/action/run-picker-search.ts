import "server-only";
import type { Caller } from "@/lib/auth/caller";
import { getCaller } from "@/lib/auth/current-caller";
import type { PickerOption } from "@/lib/directory/picker-option";
import { DomainError } from "./errors";

/** Runs a picker's search for the session's caller; a refusal (or no session) finds nothing. */
export async function runPickerSearch(search: (caller: Caller) => Promise<PickerOption[]>): Promise<PickerOption[]> {
  const caller = await getCaller();
  if (!caller) return [];
  try {
    return await search(caller);
  } catch (error) {
    if (error instanceof DomainError) return [];
    throw error;
  }
}
