"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action/action-state";
import { runSettingsAction } from "@/lib/action/run-form-action";
import { runPickerSearch } from "@/lib/action/run-picker-search";
import { pickGroupsToFilterMembers } from "@/lib/directory/pickers";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { deactivateMember, reactivateMember } from "@/lib/members/member-status";
import { removeMember } from "@/lib/members/remove-member";
import { resetMemberTwoFactor } from "@/lib/two-factor/reset-member-two-factor";

export async function changeMemberRoleAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(changeMemberRole, formData, "Role changed.");
}

export async function resetMemberTwoFactorAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(resetMemberTwoFactor, formData, "Two-factor authentication reset.");
}

export async function deactivateMemberAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(deactivateMember, formData, "Member deactivated.");
}

export async function reactivateMemberAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(reactivateMember, formData, "Member re-activated.");
}

export async function removeMemberAction(_prev: ActionState, formData: FormData) {
  const state = await runSettingsAction(removeMember, formData, "Member removed.");
  if (state.status === "ok") redirect("/settings/accounts?notice=removed");
  return state;
}

export async function searchGroupsForMemberFilter(query: string) {
  return runPickerSearch((caller) => pickGroupsToFilterMembers(caller, query));
}
