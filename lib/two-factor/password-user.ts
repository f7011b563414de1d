import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { DomainError, ReauthenticationFailed, refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { verifyPassword } from "@/lib/auth/password-hash";
import type { Tx } from "@/lib/db";

/** Shown instead of the two-factor controls, and the refusal when one is called anyway (SPEC §2). */
export const NO_PASSWORD_REASON =
  "You sign in through an identity provider (Google, GitHub, Microsoft or your organization's SSO), so there is no Gatehouse password or two-factor authentication to manage: your provider protects your sign-in.";

/** Two-factor settings belong to a person signed in with a session who has a Gatehouse password. */
export async function passwordUserOf(tx: Tx, caller: Caller): Promise<{ email: string; passwordHash: string }> {
  if (caller.kind !== "user") throw refuse.forbidden();
  const [user] = await tx.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, caller.userId));
  if (!user?.passwordHash) throw new DomainError("forbidden", NO_PASSWORD_REASON);
  return { email: user.email, passwordHash: user.passwordHash };
}

export async function requirePassword(passwordHash: string, password: string): Promise<void> {
  if (!(await verifyPassword(passwordHash, password))) throw new ReauthenticationFailed("password", "password", "The password is incorrect.");
}

const WRONG_CODE = "The code is not valid. Enter the current code from your authenticator app.";

/** A wrong code from the enrolled authenticator (or a recovery code): the person failed to prove themselves. */
export function wrongCode(): DomainError {
  return new ReauthenticationFailed("code", "code", WRONG_CODE, "The code is not valid.");
}

/** A wrong code while confirming a new secret: a typing or clock problem, not a failed proof of identity. */
export function wrongEnrolmentCode(): DomainError {
  return refuse.invalid({ code: [WRONG_CODE] }, "The code is not valid.");
}
