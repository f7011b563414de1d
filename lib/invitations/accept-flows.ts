import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { DomainError, refuse } from "@/lib/action/errors";
import { zodFieldErrors } from "@/lib/action/parse-input";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import type { RequestMeta } from "@/lib/auth/caller";
import { deleteSession } from "@/lib/auth/sessions";
import { hashSessionToken } from "@/lib/auth/session-token";
import { signInRefusalMessage } from "@/lib/auth/sign-in-messages";
import { getDb } from "@/lib/db";
import { ZPersonName, ZUsername } from "@/lib/validation/identity";
import { passwordProblems, ZNewPassword } from "@/lib/validation/password";
import { acceptInvitation, linkNoLongerValid } from "./accept-invitation";
import { findOpenInvitation } from "./open-invitation";

const ZNewAccount = z.object({ name: ZPersonName, username: ZUsername, password: ZNewPassword, confirmPassword: z.string() });

async function openOrRefuse(token: string) {
  const invitation = await findOpenInvitation(getDb(), token);
  if (!invitation) throw linkNoLongerValid();
  return invitation;
}

/** A new user accepts: name, username and a password that meets the policy; then they are signed in. */
export async function acceptAsNewUser(token: string, raw: unknown, meta: RequestMeta) {
  const invitation = await openOrRefuse(token);
  const parsed = ZNewAccount.safeParse(raw);
  if (!parsed.success) throw refuse.invalid(zodFieldErrors(parsed.error));
  const { name, username, password, confirmPassword } = parsed.data;
  const problems = passwordProblems(password, { email: invitation.email, username }, { minLength: invitation.passwordMinLength });
  if (problems.length) throw refuse.invalid({ password: problems });
  if (password !== confirmPassword) throw refuse.invalid({ confirmPassword: ["The passwords do not match."] });
  return acceptInvitation(getDb(), token, { kind: "new_user", name, username, password }, meta);
}

// Refusals that come only after the password was checked and found right: the account is proven, it just has no
// session to open elsewhere; joining this tenant is still fine.
const PROVEN = new Set(["no_active_membership", "unauthorized_domain", "sso_required"]);

/**
 * An existing user (of another tenant) accepts by signing in with the invited address's password: the same check,
 * throttling and audit as the sign-in page. The session that sign-in opened elsewhere is replaced by one here.
 */
export async function acceptAsExistingUser(token: string, password: string, meta: RequestMeta) {
  const invitation = await openOrRefuse(token);
  const signIn = await authenticatePassword(getDb(), { identifier: invitation.email, password }, meta);
  if (!signIn.ok && !PROVEN.has(signIn.reason)) throw new DomainError(signIn.reason === "throttled" ? "rate_limited" : "unauthenticated", signInRefusalMessage(signIn));
  if (signIn.ok) await getDb().transaction((tx) => deleteSession(tx, hashSessionToken(signIn.sessionToken)));
  const userId = signIn.ok ? signIn.userId : await userIdOf(invitation.email);
  return acceptInvitation(getDb(), token, { kind: "existing_user", userId }, meta);
}

/** Someone already signed in with the invited address joins with one click. */
export async function acceptAsSignedIn(token: string, userId: string, meta: RequestMeta) {
  return acceptInvitation(getDb(), token, { kind: "existing_user", userId }, meta);
}

async function userIdOf(email: string): Promise<string> {
  const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw linkNoLongerValid();
  return user.id;
}
