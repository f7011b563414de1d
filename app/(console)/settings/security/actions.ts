"use server";

import type { ActionState } from "@/lib/action/action-state";
import { runSettingsForm, type SettingsSaveResult } from "@/lib/settings/run-settings-form";
import { updateAuthorizedDomains, updatePasswordPolicy, updateSessionPolicy } from "@/lib/settings/security-policies";

type State = ActionState<SettingsSaveResult>;

export async function saveAuthorizedDomains(_prev: State, formData: FormData) {
  return runSettingsForm(updateAuthorizedDomains, formData, "Authorized domains saved.");
}

export async function saveSessionPolicy(_prev: State, formData: FormData) {
  return runSettingsForm(updateSessionPolicy, formData, "Session policy saved.");
}

export async function savePasswordPolicy(_prev: State, formData: FormData) {
  return runSettingsForm(updatePasswordPolicy, formData, "Password policy saved.");
}
