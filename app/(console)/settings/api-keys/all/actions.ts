"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action/action-state";
import { runFormAction } from "@/lib/action/run-form-action";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";

export async function revokeApiKeyAction(_prev: ActionState, formData: FormData) {
  const state = await runFormAction(revokeApiKey, formData, "API key revoked.");
  if (state.status === "ok") revalidatePath("/settings/api-keys", "layout");
  return state;
}
