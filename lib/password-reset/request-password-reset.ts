import "server-only";
import { and, count, eq, gt, sql } from "drizzle-orm";
import { passwordResetTokens, users } from "@/db/schema";
import { recordForAccount } from "@/lib/auth/authenticate-password";
import type { RequestMeta } from "@/lib/auth/caller";
import { getConfig } from "@/lib/config/config";
import type { Db } from "@/lib/db";
import type { OutgoingMail } from "@/lib/mail/transport";
import { resetLinkMail, useYourProviderMail } from "./reset-mails";
import { newResetToken, normalizeEmail, RESET_LINK_MINUTES, RESET_REQUESTS_PER_HOUR, sha256Hex } from "./reset-tokens";

export type ResetRequestOutcome = {
  /** The address had its allowance of links this hour (said the same way whether or not it has an account). */
  limited: boolean;
  /** The link to send, after the response (so sending takes no time the requester could measure). */
  mail?: OutgoingMail;
};

/**
 * "Forgot password" (SPEC §11). Every request does the same work — a token, a row, a count, an audit event — whether
 * the address belongs to an account with a password or not; only the e-mail differs, and it leaves after the answer.
 */
export async function requestPasswordReset(db: Db, rawEmail: string, meta: RequestMeta, now = new Date()): Promise<ResetRequestOutcome> {
  const email = normalizeEmail(rawEmail);
  const emailHash = sha256Hex(email);
  const token = newResetToken();
  const [user] = await db.select({ id: users.id, email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email));
  // Accounts without a password (identity provider only) get no link, the same answer, and a mail saying why.
  const resettable = user?.passwordHash ? user : undefined;

  return db.transaction(async (tx) => {
    // One request per address at a time, so parallel requests cannot all slip under the hourly allowance.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${emailHash}, 0))`);
    const [recent] = await tx
      .select({ n: count() })
      .from(passwordResetTokens)
      .where(and(eq(passwordResetTokens.emailHash, emailHash), gt(passwordResetTokens.createdAt, new Date(now.getTime() - 3_600_000))));
    const limited = (recent?.n ?? 0) >= RESET_REQUESTS_PER_HOUR;
    if (!limited) {
      await tx.insert(passwordResetTokens).values({
        tokenHash: sha256Hex(token),
        emailHash,
        userId: resettable?.id ?? null,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
      });
    }
    const sent = Boolean(user) && !limited;
    await recordForAccount(tx, user, meta, { action: "password_reset.requested", details: { limited, sent } }, email.slice(0, 80));
    const link = new URL(`/reset-password/${token}`, getConfig().appUrl).toString();
    if (!sent) return { limited };
    return { limited, mail: resettable ? resetLinkMail(resettable.email, link) : useYourProviderMail(user!.email) };
  });
}
