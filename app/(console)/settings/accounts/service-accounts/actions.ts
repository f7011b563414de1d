"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action/action-state";
import { runSettingsAction } from "@/lib/action/run-form-action";
import { runPickerSearch } from "@/lib/action/run-picker-search";
import { pickWorkspacesForServiceAccount } from "@/lib/directory/pickers";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { createServiceAccountKey } from "@/lib/service-accounts/create-service-account-key";
import { regenerateServiceAccountKey } from "@/lib/service-accounts/regenerate-service-account-key";
import { deleteServiceAccount } from "@/lib/service-accounts/delete-service-account";
import { setServiceAccountStatus } from "@/lib/service-accounts/service-account-status";
import { updateServiceAccount } from "@/lib/service-accounts/update-service-account";

export async function createServiceAccountAction(_prev: ActionState, formData: FormData) {
  const state = await runSettingsAction(createServiceAccount, formData, "Service account created.");
  if (state.status === "ok") redirect(`/settings/accounts/service-accounts/${state.data.id}`);
  return state;
}

export async function updateServiceAccountAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(updateServiceAccount, formData, "Service account saved.");
}

export async function setServiceAccountStatusAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(setServiceAccountStatus, formData, "Status changed.");
}

export async function deleteServiceAccountAction(_prev: ActionState, formData: FormData) {
  const state = await runSettingsAction(deleteServiceAccount, formData, "Service account deleted.");
  if (state.status === "ok") redirect("/settings/accounts/service-accounts");
  return state;
}

export async function createServiceAccountKeyAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(createServiceAccountKey, formData, "Key created.");
}

export async function regenerateServiceAccountKeyAction(_prev: ActionState, formData: FormData) {
  return runSettingsAction(regenerateServiceAccountKey, formData, "Key regenerated.");
}

export async function searchWorkspacesForServiceAccount(query: string) {
  return runPickerSearch((caller) => pickWorkspacesForServiceAccount(caller, query));
}
