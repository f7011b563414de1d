import "server-only";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action/action-state";
import type { DefinedAction } from "@/lib/action/define-action";
import { runFormAction } from "@/lib/action/run-form-action";

export type SettingsSaveResult = { changed: boolean };

/** For the thin settings actions: run, refresh every settings page (and the sidebar), and say when nothing changed. */
export async function runSettingsForm<I>(
  action: DefinedAction<I, SettingsSaveResult>,
  formData: FormData,
  savedMessage: string,
): Promise<ActionState<SettingsSaveResult>> {
  const state = await runFormAction(action, formData, savedMessage);
  if (state.status !== "ok") return state;
  if (!state.data.changed) return { ...state, message: "Nothing to save: these are the current settings." };
  revalidatePath("/settings", "layout");
  return state;
}
