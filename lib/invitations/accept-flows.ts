import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { DomainError, refuse } from "@/lib/action/errors";
import { zodFieldErrors } from "@/lib/action/parse-input";
import { record } from "@/lib/audit/record";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import type { RequestMeta } from "@/lib/auth/caller";
import { deleteSession } from "@/lib/auth/sessions";
import { hashSessionToken } from "@/lib/auth/session-token";
import { deleteChallenge } from "@/lib/auth/sign-in-challenge";
import { signInRefusalMessage } from "@/lib/auth/sign-in-messages";
import { getDb } from "@/lib/db";
import { ZPersonName, ZUsername } from "@/lib/validation/identity";
import { passwordProblems, ZNewPassword } from "@/lib/validation/password";
import { acceptInvitation, linkNoLongerValid, ssoRequired } from "./accept-invitation";
import { findOpenInvitation, type OpenInvitation } from "./open-invitation";

const ZNewAccount = z.object({ name: ZPersonName, username: ZUsername, password: ZNewPassword, confirmPassword: z.string() });

/**
 * The open invitation, or the refusal: a strict-SSO tenant's non-Admin invitee is turned away before any password or
 * account work (decision 0046), and the attempt is audited in that tenant like a refused password sign-in.
 */
async function openOrRefuse(token: string, meta: RequestMeta): Promise<OpenInvitation> {
  const invitation = await findOpenInvitation(getDb(), token);
  if (!invitation) throw linkNoLongerValid();
  if (invitation.ssoOnly) {
    // Nobody proved anything yet: the actor is whoever holds the link.
    await getDb().transaction((tx) =>
      record(tx, { tenantId: invitation.tenantId, actor: { type: "anonymous", label: invitation.email }, ...meta }, {
        action: "auth.sign_in.failed",
        details: { identifier: invitation.email, method: "invitation", reason: "sso_required" },
      }),
    );
    throw ssoRequired(invitation.tenantName);
  }
  return invitation;
}

/** A new user accepts: name, username and a password that meets the policy; then they are signed in (or enrol first). */
export async function acceptAsNewUser(token: string, raw: unknown, meta: RequestMeta) {
  const invitation = await openOrRefuse(token, meta);
  const parsed = ZNewAccount.safeParse(raw);
  if (!parsed.success) throw refuse.invalid(zodFieldErrors(parsed.error));
  const { name, username, password, confirmPassword } = parsed.data;
  const problems = passwordProblems(password, { email: invitation.email, username }, { minLength: invitation.passwordMinLength });
  if (problems.length) throw refuse.invalid({ password: problems });
  if (password !== confirmPassword) throw refuse.invalid({ confirmPassword: ["The passwords do not match."] });
  return acceptInvitation(getDb(), token, { kind: "new_user", name, username, password }, meta);
}

// Answers that come only after the password was checked and found right. They concern the account's other tenants
// (no session to open there, or their second step); the tenant joined applies its own rules, strict SSO and
// two-factor included, in acceptInvitation.
const PROVEN = new Set(["no_active_membership", "unauthorized_domain", "sso_required", "second_step"]);

/**
 * An existing user (of another tenant) accepts by signing in with the invited address's password: the same check,
 * throttling and audit as the sign-in page. Whatever that sign-in opened elsewhere (a session, or a challenge for
 * another tenant) is dropped; the acceptance opens its own session, or challenge, in the tenant joined.
 */
export async function acceptAsExistingUser(token: string, password: string, meta: RequestMeta) {
  const invitation = await openOrRefuse(token, meta);
  const signIn = await authenticatePassword(getDb(), { identifier: invitation.email, password }, meta);
  if (!signIn.ok && !PROVEN.has(signIn.reason)) throw new DomainError(signIn.reason === "throttled" ? "rate_limited" : "unauthenticated", signInRefusalMessage(signIn));
  if (signIn.ok) await getDb().transaction((tx) => deleteSession(tx, hashSessionToken(signIn.sessionToken)));
  if (!signIn.ok && signIn.reason === "second_step") await getDb().transaction((tx) => deleteChallenge(tx, signIn.challengeToken));
  const userId = signIn.ok ? signIn.userId : await userIdOf(invitation.email);
  return acceptInvitation(getDb(), token, { kind: "existing_user", userId, viaSession: false }, meta);
}

/** Someone already signed in with the invited address joins with one click (enrolling first where the tenant requires it). */
export async function acceptAsSignedIn(token: string, userId: string, meta: RequestMeta) {
  await openOrRefuse(token, meta);
  return acceptInvitation(getDb(), token, { kind: "existing_user", userId, viaSession: true }, meta);
}

async function userIdOf(email: string): Promise<string> {
  const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw linkNoLongerValid();
  return user.id;
}
