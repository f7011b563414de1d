"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action/action-state";
import { challengeCookie } from "@/lib/auth/challenge-cookie";
import { completeSecondStep } from "@/lib/auth/complete-second-step";
import { sessionCookieFor } from "@/lib/auth/session-cookie";
import { describeWait } from "@/lib/auth/throttle-policy";
import { getDb } from "@/lib/db";
import { currentRequestMeta } from "@/lib/request/meta";

const MESSAGES = {
  expired: "This sign-in has expired or had too many wrong codes. Sign in again.",
  invalid_code: "That code is not valid. Enter the current code from your authenticator app, or an unused recovery code.",
} as const;

/** The second step of sign-in: the code (or the first code after enrolment) turns the challenge into a session. */
export async function submitSecondStep(_prev: ActionState<{ recoveryCodes: string[] }>, formData: FormData): Promise<ActionState<{ recoveryCodes: string[] }>> {
  const jar = await cookies();
  const challenge = challengeCookie("");
  const code = String(formData.get("code") ?? "").slice(0, 64);
  if (!code.trim()) return { status: "error", code: "validation_failed", message: "Enter a code.", fieldErrors: { code: ["Enter a code."] } };
  const result = await completeSecondStep(getDb(), jar.get(challenge.name)?.value, code, await currentRequestMeta());
  if (!result.ok) {
    if (result.reason === "throttled") return { status: "error", code: "rate_limited", message: `Too many wrong codes. Try again in ${describeWait(result.retryAfterSeconds)}.` };
    return { status: "error", code: result.reason === "expired" ? "unauthenticated" : "validation_failed", message: MESSAGES[result.reason], fieldErrors: result.reason === "invalid_code" ? { code: ["The code is not valid."] } : undefined };
  }
  const session = await sessionCookieFor(result.sessionToken);
  jar.set(session.name, session.value, session.options);
  jar.set(challenge.name, "", { ...challenge.options, maxAge: 0 });
  if (result.recoveryCodes) return { status: "ok", data: { recoveryCodes: result.recoveryCodes } };
  redirect("/settings/profile");
}
