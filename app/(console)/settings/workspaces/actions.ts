"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action/action-state";
import { runPickerSearch } from "@/lib/action/run-picker-search";
import { runSettingsAction } from "@/lib/action/run-form-action";
import { pickWorkspacePrincipals } from "@/lib/directory/pickers";
import { addWorkspaceMember } from "@/lib/workspaces/add-workspace-member";
import { changeWorkspaceMemberRole } from "@/lib/workspaces/change-workspace-member-role";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { leaveWorkspace } from "@/lib/workspaces/leave-workspace";
import { removeWorkspaceMember } from "@/lib/workspaces/remove-workspace-member";
import { updateWorkspace } from "@/lib/workspaces/update-workspace";

export async function createWorkspaceAction(_prev: ActionState, formData: FormData) {
  const state = await runSettingsAction(createWorkspace, formData, "Workspace created.");
  if (state.status === "ok") redirect(`/settings/workspaces/${state.data.name}`);
  return state;
}

export async function updateWorkspaceAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(updateWorkspace, formData, "Workspace saved.");
}

export async function deleteWorkspaceAction(_prev: ActionState, formData: FormData) {
  const state = await runSettingsAction(deleteWorkspace, formData, "Workspace deleted.");
  if (state.status === "ok") redirect("/settings/workspaces");
  return state;
}

export async function addWorkspaceMemberAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(addWorkspaceMember, formData, "Member added.");
}

export async function changeWorkspaceMemberRoleAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(changeWorkspaceMemberRole, formData, "Role changed.");
}

export async function removeWorkspaceMemberAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(removeWorkspaceMember, formData, "Member removed.");
}

export async function leaveWorkspaceAction(_prev: ActionState, formData: FormData) {
  const state = await runSettingsAction(leaveWorkspace, formData, "You left the workspace.");
  if (state.status === "ok") redirect("/settings/workspaces");
  return state;
}

export async function searchWorkspacePrincipals(workspaceId: string, query: string) {
  return runPickerSearch((caller) => pickWorkspacePrincipals(caller, workspaceId, query));
}
