"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action/action-state";
import { echoFields } from "@/lib/action/echo-fields";
import { zodFieldErrors } from "@/lib/action/parse-input";
import { toErrorState } from "@/lib/action/run-form-action";
import { getDb } from "@/lib/db";
import { currentRequestMeta } from "@/lib/request/meta";
import { createFirstTenant } from "@/lib/setup/create-first-tenant";
import { ZFirstTenant } from "@/lib/setup/validate-first-tenant";

export async function completeSetup(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = echoFields(formData);
  const parsed = ZFirstTenant.safeParse(Object.fromEntries(["tenantName", "name", "email", "username", "password"].map((k) => [k, formData.get(k) ?? ""])));
  if (!parsed.success) return { status: "error", code: "validation_failed", message: "Some fields need your attention.", fieldErrors: zodFieldErrors(parsed.error), values };
  if (formData.get("password") !== formData.get("confirmPassword")) {
    return { status: "error", code: "validation_failed", message: "Some fields need your attention.", fieldErrors: { confirmPassword: ["The passwords do not match."] }, values };
  }
  try {
    await createFirstTenant(getDb(), parsed.data, await currentRequestMeta(), { kind: "setup_link", token: String(formData.get("token") ?? "") });
  } catch (error) {
    return { ...toErrorState(error), values };
  }
  redirect("/sign-in?notice=setup-done");
}
