"use server";

import type { ActionState } from "@/lib/action/action-state";
import { runSettingsForm, type SettingsSaveResult } from "@/lib/settings/run-settings-form";
import { saveOidcConnection } from "@/lib/sso/save-oidc-connection";
import { saveSamlConnection } from "@/lib/sso/save-saml-connection";
import { saveRoleMapping } from "@/lib/sso/save-role-mapping";
import { setSsoEnabled } from "@/lib/sso/set-sso-enabled";
import { updateSocialProviders } from "@/lib/social/social-policy";
import { updateSsoPolicy } from "@/lib/sso/sso-policy";
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

export async function saveOidcConnectionAction(_prev: State, formData: FormData) {
  return runSettingsForm(saveOidcConnection, formData, "Identity provider saved. Test the connection, then enable it.");
}

export async function saveSamlConnectionAction(_prev: State, formData: FormData) {
  return runSettingsForm(saveSamlConnection, formData, "SAML identity provider saved. Test the connection, then enable it.");
}

export async function setSsoEnabledAction(_prev: State, formData: FormData) {
  return runSettingsForm(setSsoEnabled, formData, "SSO sign-in setting saved.");
}

export async function saveRoleMappingAction(_prev: State, formData: FormData) {
  return runSettingsForm(saveRoleMapping, formData, "Role mapping saved.");
}

export async function saveSsoPolicyAction(_prev: State, formData: FormData) {
  return runSettingsForm(updateSsoPolicy, formData, "SSO policy saved.");
}

export async function saveSocialProvidersAction(_prev: State, formData: FormData) {
  return runSettingsForm(updateSocialProviders, formData, "Social sign-in saved.");
}
