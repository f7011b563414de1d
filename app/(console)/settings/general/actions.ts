"use server";

import type { ActionState } from "@/lib/action/action-state";
import {
  updateApiKeyPolicy,
  updateAuditRetention,
  updateDateTimeFormat,
  updateInvitationLifetime,
  updateTwoFactorRequirement,
} from "@/lib/settings/general-policies";
import { updateDefaultWorkspace } from "@/lib/settings/default-workspace";
import { removeTenantLogo, setTenantLogoUrl, uploadTenantLogo } from "@/lib/settings/logo-actions";
import { runSettingsForm, type SettingsSaveResult } from "@/lib/settings/run-settings-form";
import { updateGeneralSettings } from "@/lib/tenants/update-general-settings";

type State = ActionState<SettingsSaveResult>;

export async function saveGeneralSettings(_prev: State, formData: FormData) {
  return runSettingsForm(updateGeneralSettings, formData, "General settings saved.");
}

export async function uploadLogo(_prev: State, formData: FormData) {
  return runSettingsForm(uploadTenantLogo, formData, "Logo uploaded.");
}

export async function saveLogoUrl(_prev: State, formData: FormData) {
  return runSettingsForm(setTenantLogoUrl, formData, "Logo address saved.");
}

export async function removeLogo(_prev: State, formData: FormData) {
  return runSettingsForm(removeTenantLogo, formData, "Logo removed.");
}

export async function saveDateTimeFormat(_prev: State, formData: FormData) {
  return runSettingsForm(updateDateTimeFormat, formData, "Date and time format saved.");
}

export async function saveTwoFactorRequirement(_prev: State, formData: FormData) {
  return runSettingsForm(updateTwoFactorRequirement, formData, "Two-factor requirement saved.");
}

export async function saveApiKeyPolicy(_prev: State, formData: FormData) {
  return runSettingsForm(updateApiKeyPolicy, formData, "API key policy saved.");
}

export async function saveInvitationLifetime(_prev: State, formData: FormData) {
  return runSettingsForm(updateInvitationLifetime, formData, "Invitation lifetime saved.");
}

export async function saveAuditRetention(_prev: State, formData: FormData) {
  return runSettingsForm(updateAuditRetention, formData, "Audit log retention saved.");
}

export async function saveDefaultWorkspace(_prev: State, formData: FormData) {
  return runSettingsForm(updateDefaultWorkspace, formData, "Default workspace saved.");
}
