"use server";

import type { ActionState } from "@/lib/action/action-state";
import { updateAiSettings } from "@/lib/settings/ai-settings";
import { runSettingsForm, type SettingsSaveResult } from "@/lib/settings/run-settings-form";

export async function saveAiSettings(_prev: ActionState<SettingsSaveResult>, formData: FormData) {
  return runSettingsForm(updateAiSettings, formData, "AI settings saved.");
}
