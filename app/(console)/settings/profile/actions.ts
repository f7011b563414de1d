"use server";

import type { ActionState } from "@/lib/action/action-state";
import { runSettingsAction } from "@/lib/action/run-form-action";
import { changePassword } from "@/lib/profile/change-password";
import { requestEmailChange } from "@/lib/profile/request-email-change";
import { revokeOtherSessions } from "@/lib/profile/revoke-other-sessions";
import { revokeSession } from "@/lib/profile/revoke-session";
import { updateProfile } from "@/lib/profile/update-profile";
import { unlinkIdentity } from "@/lib/social/unlink-identity";

export async function updateProfileAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(updateProfile, formData, "Profile saved.");
}

export async function requestEmailChangeAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(requestEmailChange, formData, "Check the new address's inbox: the change happens when you open the link we sent there.");
}

export async function changePasswordAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(changePassword, formData, "Password changed. Your other sessions were signed out.");
}

export async function revokeSessionAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(revokeSession, formData, "Session signed out.");
}

export async function revokeOtherSessionsAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(revokeOtherSessions, formData, "Every other session was signed out.");
}

export async function unlinkIdentityAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(unlinkIdentity, formData, "Account unlinked.");
}
