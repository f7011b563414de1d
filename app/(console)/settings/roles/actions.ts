"use server";

import { runPickerSearch } from "@/lib/action/run-picker-search";
import { pickMembersForAccess } from "@/lib/directory/pickers";

export async function searchMembersForAccess(query: string) {
  return runPickerSearch((caller) => pickMembersForAccess(caller, query));
}
