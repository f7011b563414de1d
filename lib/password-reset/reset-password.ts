import "server-only";
import { and, eq, gt, isNotNull, isNull } from "drizzle-orm";
import { passwordResetTokens, users } from "@/db/schema";
import type { FieldErrors } from "@/lib/action/errors";
import { recordForAccount } from "@/lib/auth/authenticate-password";
import type { RequestMeta } from "@/lib/auth/caller";
import { endUserSessions } from "@/lib/auth/end-user-sessions";
import { hashPassword } from "@/lib/auth/password-hash";
import { resetThrottle } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db";
import type { OutgoingMail } from "@/lib/mail/transport";
import { passwordProblems } from "@/lib/validation/password";
import { passwordChangedMail } from "./reset-mails";
import { sha256Hex } from "./reset-tokens";
import { passwordMinLengthFor } from "@/lib/profile/password-min-length";

export type ResetPasswordResult =
  | { ok: true; notice: OutgoingMail }
  | { ok: false; reason: "invalid_link" }
  | { ok: false; reason: "invalid_password"; fieldErrors: FieldErrors };

const liveToken = (token: string, now: Date) =>
  and(eq(passwordResetTokens.tokenHash, sha256Hex(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now), isNotNull(passwordResetTokens.userId));

/** The account a reset link is for, while it is unused and younger than 30 minutes; else null. */
export async function resetLinkHolder(db: Db, token: string, now = new Date()): Promise<{ userId: string; email: string; username: string } | null> {
  if (!token || token.length > 100) return null;
  const [row] = await db
    .select({ userId: users.id, email: users.email, username: users.username })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(liveToken(token, now));
  return row ?? null;
}

/**
 * Sets the new password (entered twice, checked by the policy) and spends the link: the conditional UPDATE makes the
 * link single-use even under parallel submissions. Every session ends; no one is signed in by this.
 */
export async function resetPassword(
  db: Db,
  token: string,
  input: { password: string; confirmPassword: string },
  meta: RequestMeta,
  now = new Date(),
): Promise<ResetPasswordResult> {
  const holder = await resetLinkHolder(db, token, now);
  if (!holder) return { ok: false, reason: "invalid_link" };
  const problems = passwordProblems(input.password, { email: holder.email, username: holder.username }, { minLength: await passwordMinLengthFor(db, holder.userId) });
  if (problems.length) return { ok: false, reason: "invalid_password", fieldErrors: { password: problems } };
  if (input.password !== input.confirmPassword) return { ok: false, reason: "invalid_password", fieldErrors: { confirmPassword: ["The passwords do not match."] } };
  const passwordHash = await hashPassword(input.password);

  return db.transaction(async (tx) => {
    const [spent] = await tx.update(passwordResetTokens).set({ usedAt: now }).where(liveToken(token, now)).returning({ userId: passwordResetTokens.userId });
    if (!spent?.userId) return { ok: false, reason: "invalid_link" } as const;
    const [user] = await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, spent.userId)).returning({ id: users.id, email: users.email, passwordHash: users.passwordHash });
    // Other links still in someone's inbox die with this one.
    await tx.update(passwordResetTokens).set({ usedAt: now }).where(and(eq(passwordResetTokens.userId, spent.userId), isNull(passwordResetTokens.usedAt)));
    const sessionsEnded = await endUserSessions(tx, spent.userId);
    await resetThrottle(tx, `account:${spent.userId}`);
    await recordForAccount(tx, user, meta, { action: "password_reset.completed", details: { sessionsEnded } }, holder.email);
    return { ok: true, notice: passwordChangedMail(holder.email) } as const;
  });
}
