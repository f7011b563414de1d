"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action/action-state";
import { runPickerSearch } from "@/lib/action/run-picker-search";
import { runSettingsAction } from "@/lib/action/run-form-action";
import { pickGroupsForMember, pickMembersForGroups } from "@/lib/directory/pickers";
import { addGroupMembers } from "@/lib/groups/add-group-members";
import { createGroup } from "@/lib/groups/create-group";
import { deleteGroup } from "@/lib/groups/delete-group";
import { removeGroupMember } from "@/lib/groups/remove-group-member";
import { updateGroup } from "@/lib/groups/update-group";

export async function createGroupAction(_prev: ActionState, formData: FormData) {
  const state = await runSettingsAction(createGroup, formData, "Group created.");
  if (state.status === "ok") redirect(`/settings/groups/${state.data.id}`);
  return state;
}

export async function updateGroupAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(updateGroup, formData, "Group saved.");
}

export async function deleteGroupAction(_prev: ActionState, formData: FormData) {
  const state = await runSettingsAction(deleteGroup, formData, "Group deleted.");
  if (state.status === "ok") redirect("/settings/groups");
  return state;
}

export async function addGroupMembersAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(addGroupMembers, formData, "Added.");
}

export async function removeGroupMemberAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(removeGroupMember, formData, "Removed.");
}

export async function searchMembersForGroups(query: string) {
  return runPickerSearch((caller) => pickMembersForGroups(caller, query));
}

export async function searchGroupsForMember(query: string) {
  return runPickerSearch((caller) => pickGroupsForMember(caller, query));
}
