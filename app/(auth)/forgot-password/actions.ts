"use server";

import { z } from "zod";
import type { ActionState } from "@/lib/action/action-state";
import { echoFields } from "@/lib/action/echo-fields";
import { getDb } from "@/lib/db";
import { sendMailAfterResponse } from "@/lib/mail/send-later";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { currentRequestMeta } from "@/lib/request/meta";

const ZEmail = z.object({ email: z.email("Enter your e-mail address.").max(254) });

export async function requestResetLink(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZEmail.safeParse({ email: String(formData.get("email") ?? "").trim() });
  if (!parsed.success) {
    return { status: "error", code: "validation_failed", message: "Enter your e-mail address.", fieldErrors: { email: ["Enter your e-mail address."] }, values: echoFields(formData) };
  }
  const outcome = await requestPasswordReset(getDb(), parsed.data.email, await currentRequestMeta());
  if (outcome.mail) sendMailAfterResponse(outcome.mail);
  // Said the same way whether or not the address has an account.
  if (outcome.limited) {
    return { status: "error", code: "rate_limited", message: "Too many reset links were asked for this address. Wait an hour, then try again.", values: echoFields(formData) };
  }
  return {
    status: "ok",
    data: null,
    message: "If an account with a password uses this address, we have sent it a link to reset the password. The link works once, for 30 minutes.",
  };
}
