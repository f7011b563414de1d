"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action/action-state";
import { echoFields } from "@/lib/action/echo-fields";
import { refuse } from "@/lib/action/errors";
import { toErrorState } from "@/lib/action/run-form-action";
import { challengeCookie } from "@/lib/auth/challenge-cookie";
import { getCaller } from "@/lib/auth/current-caller";
import { sessionCookieFor } from "@/lib/auth/session-cookie";
import type { Accepted } from "@/lib/invitations/accept-invitation";
import { acceptAsExistingUser, acceptAsNewUser, acceptAsSignedIn } from "@/lib/invitations/accept-flows";
import { currentRequestMeta } from "@/lib/request/meta";

/**
 * Runs one way of accepting. With a session, its cookie is set and the console opens in the tenant; with a second
 * step due, the challenge cookie is set and /two-factor asks for the code or the enrolment, as after a password.
 */
async function accept(formData: FormData, run: (token: string) => Promise<Accepted>): Promise<ActionState> {
  let accepted: Accepted;
  try {
    accepted = await run(String(formData.get("token") ?? ""));
  } catch (error) {
    return { ...toErrorState(error), values: echoFields(formData) };
  }
  const cookie = accepted.kind === "session" ? await sessionCookieFor(accepted.sessionToken) : challengeCookie(accepted.challengeToken);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect(accepted.kind === "session" ? "/settings/profile" : "/two-factor");
}

export async function acceptAsNewUserAction(_prev: ActionState, formData: FormData) {
  const fields = Object.fromEntries(["name", "username", "password", "confirmPassword"].map((k) => [k, String(formData.get(k) ?? "")]));
  return accept(formData, async (token) => acceptAsNewUser(token, fields, await currentRequestMeta()));
}

export async function acceptAsExistingUserAction(_prev: ActionState, formData: FormData) {
  return accept(formData, async (token) => acceptAsExistingUser(token, String(formData.get("password") ?? ""), await currentRequestMeta()));
}

export async function joinSignedInAction(_prev: ActionState, formData: FormData) {
  return accept(formData, async (token) => {
    const caller = await getCaller();
    if (!caller) throw refuse.unauthenticated();
    return acceptAsSignedIn(token, caller.userId, await currentRequestMeta());
  });
}
