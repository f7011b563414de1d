"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action/action-state";
import { getDb } from "@/lib/db";
import { sendMailAfterResponse } from "@/lib/mail/send-later";
import { resetPassword } from "@/lib/password-reset/reset-password";
import { currentRequestMeta } from "@/lib/request/meta";

export async function setNewPassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const field = (name: string) => String(formData.get(name) ?? "").slice(0, 1024);
  const result = await resetPassword(getDb(), field("token"), { password: field("password"), confirmPassword: field("confirmPassword") }, await currentRequestMeta());
  if (!result.ok) {
    if (result.reason === "invalid_link") return { status: "error", code: "not_found", message: "This reset link is no longer valid. Ask for a new one." };
    return { status: "error", code: "validation_failed", message: "Choose another password.", fieldErrors: result.fieldErrors };
  }
  sendMailAfterResponse(result.notice);
  redirect("/sign-in?notice=password-changed");
}
