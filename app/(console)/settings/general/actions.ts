"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action/action-state";
import { runFormAction } from "@/lib/action/run-form-action";
import { updateGeneralSettings } from "@/lib/tenants/update-general-settings";

export async function saveGeneralSettings(_prev: ActionState, formData: FormData) {
  const state = await runFormAction(updateGeneralSettings, formData, "General settings saved.");
  if (state.status === "ok") revalidatePath("/settings", "layout");
  return state;
}
