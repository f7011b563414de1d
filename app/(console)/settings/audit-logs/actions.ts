"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action/action-state";
import { runFormAction, toErrorState } from "@/lib/action/run-form-action";
import { refuse } from "@/lib/action/errors";
import { runPickerSearch } from "@/lib/action/run-picker-search";
import { getCaller } from "@/lib/auth/current-caller";
import { createStreamDestination } from "@/lib/audit/stream/create-stream-destination";
import { deleteStreamDestination } from "@/lib/audit/stream/delete-stream-destination";
import { testStreamDestination } from "@/lib/audit/stream/test-stream-destination";
import { updateStreamDestination } from "@/lib/audit/stream/update-stream-destination";
import { verifyTenantChain, type ChainCheckDto } from "@/lib/audit/verify-tenant-chain";
import { pickWorkspacesToFilterAudit } from "@/lib/directory/pickers";

const PAGE = "/settings/audit-logs";

async function saved<T>(state: ActionState<T>): Promise<ActionState<T>> {
  if (state.status === "ok") revalidatePath(PAGE);
  return state;
}

export async function addDestination(_prev: ActionState, formData: FormData) {
  return saved(await runFormAction(createStreamDestination, formData, "Destination added. New events will stream to it."));
}

export async function editDestination(_prev: ActionState, formData: FormData) {
  return saved(await runFormAction(updateStreamDestination, formData, "Destination saved."));
}

export async function removeDestination(_prev: ActionState, formData: FormData) {
  return saved(await runFormAction(deleteStreamDestination, formData, "Destination removed."));
}

/** Reads only (no change, so no audit event): sends a test message and reports the answer. */
export async function checkDestination(_prev: ActionState, formData: FormData): Promise<ActionState<{ ok: boolean }>> {
  try {
    const caller = await getCaller();
    if (!caller) throw refuse.unauthenticated();
    const outcome = await testStreamDestination(caller, String(formData.get("id") ?? ""));
    return outcome.ok ? { status: "ok", data: { ok: true }, message: outcome.message } : { status: "error", code: "conflict", message: outcome.message };
  } catch (error) {
    return toErrorState(error);
  }
}

export async function verifyChainAction(_prev: ActionState): Promise<ActionState<ChainCheckDto>> {
  try {
    const caller = await getCaller();
    if (!caller) throw refuse.unauthenticated();
    const check = await verifyTenantChain(caller);
    return check.ok ? { status: "ok", data: check, message: check.message } : { status: "error", code: "conflict", message: check.message };
  } catch (error) {
    return toErrorState(error);
  }
}

export async function searchWorkspacesForAuditFilter(query: string) {
  return runPickerSearch((caller) => pickWorkspacesToFilterAudit(caller, query));
}
