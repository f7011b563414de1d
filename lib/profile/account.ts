import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { DomainError, ReauthenticationFailed, refuse } from "@/lib/action/errors";
import type { Caller, SessionCaller } from "@/lib/auth/caller";
import { verifyPassword } from "@/lib/auth/password-hash";
import type { Tx } from "@/lib/db";

export type Account = { id: string; email: string; username: string; name: string; passwordHash: string | null };

/** Profile changes are the signed-in person's own: an API key acting as its owner may not make them. */
export function requireSessionCaller(caller: Caller): SessionCaller {
  if (caller.kind !== "user") throw refuse.forbidden();
  return caller;
}

/** The caller's own user row, locked for the rest of the transaction. */
export async function lockAccount(tx: Tx, caller: Caller): Promise<Account> {
  const [row] = await tx
    .select({ id: users.id, email: users.email, username: users.username, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, caller.userId))
    .for("update");
  if (!row) throw refuse.unauthenticated();
  return row;
}

export const NO_PASSWORD_MESSAGE = "You sign in with an identity provider, which manages your password: Gatehouse has no password for you to change.";

/** The server-side refusal for accounts without a password (SSO and social sign-in), whatever the UI shows. */
export async function requirePasswordMatch(account: Account, currentPassword: string): Promise<void> {
  if (!account.passwordHash) throw new DomainError("forbidden", NO_PASSWORD_MESSAGE);
  if (!(await verifyPassword(account.passwordHash, currentPassword))) {
    throw new ReauthenticationFailed("password", "currentPassword", "Your current password is not correct.", "Nothing was changed.");
  }
}
