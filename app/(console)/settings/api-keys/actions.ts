"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action/action-state";
import { runFormAction } from "@/lib/action/run-form-action";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { deleteApiKey } from "@/lib/api-keys/delete-api-key";
import { regenerateApiKey } from "@/lib/api-keys/regenerate-api-key";
import { updateApiKey } from "@/lib/api-keys/update-api-key";

async function settled<T>(state: Promise<ActionState<T>>): Promise<ActionState<T>> {
  const result = await state;
  if (result.status === "ok") revalidatePath("/settings/api-keys");
  return result;
}

export async function createApiKeyAction(_prev: ActionState, formData: FormData) {
  return settled(runFormAction(createApiKey, formData, "API key created."));
}

export async function updateApiKeyAction(_prev: ActionState, formData: FormData) {
  return settled(runFormAction(updateApiKey, formData, "API key saved."));
}

export async function regenerateApiKeyAction(_prev: ActionState, formData: FormData) {
  return settled(runFormAction(regenerateApiKey, formData, "API key regenerated."));
}

export async function deleteApiKeyAction(_prev: ActionState, formData: FormData) {
  return settled(runFormAction(deleteApiKey, formData, "API key deleted."));
}
