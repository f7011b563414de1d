"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action/action-state";
import { runFormAction } from "@/lib/action/run-form-action";
import { switchTenant } from "@/lib/members/switch-tenant";

export async function switchTenantAction(_prev: ActionState, formData: FormData) {
  const state = await runFormAction(switchTenant, formData);
  // Every page shows the new tenant's data: start again from a page everyone may open.
  if (state.status === "ok") {
    revalidatePath("/", "layout");
    redirect("/settings/profile");
  }
  return state;
}
