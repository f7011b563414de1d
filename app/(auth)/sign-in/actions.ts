"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/action/action-state";
import { echoFields } from "@/lib/action/echo-fields";
import { PasswordSignInRefused, signIn } from "@/lib/auth/auth";
import { challengeCookie } from "@/lib/auth/challenge-cookie";
import { signInRefusalMessage } from "@/lib/auth/sign-in-messages";

const ZSignIn = z.object({
  identifier: z.string().trim().min(1, "Enter your e-mail address or username.").max(254),
  password: z.string().min(1, "Enter your password.").max(1024),
});

export async function signInWithPassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZSignIn.safeParse({ identifier: formData.get("identifier"), password: formData.get("password") });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return { status: "error", code: "validation_failed", message: "Enter your e-mail address or username and your password.", fieldErrors, values: echoFields(formData) };
  }
  try {
    // Redirects (throws NEXT_REDIRECT) on success.
    await signIn("credentials", { ...parsed.data, redirectTo: "/settings/profile" });
  } catch (error) {
    if (error instanceof PasswordSignInRefused && error.refusal.reason === "second_step") {
      // The password was right; the code (or enrolment) comes next, on /two-factor. No session exists yet.
      const cookie = challengeCookie(error.refusal.challengeToken);
      (await cookies()).set(cookie.name, cookie.value, cookie.options);
      redirect("/two-factor");
    }
    if (error instanceof PasswordSignInRefused) {
      const code = error.refusal.reason === "throttled" ? "rate_limited" : "unauthenticated";
      return { status: "error", code, message: signInRefusalMessage(error.refusal), values: echoFields(formData) };
    }
    if (error instanceof AuthError) {
      return { status: "error", code: "unauthenticated", message: "Sign-in failed. Please try again." };
    }
    throw error;
  }
  return { status: "idle" };
}
