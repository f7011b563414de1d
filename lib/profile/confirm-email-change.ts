import "server-only";
import { eq } from "drizzle-orm";
import { emailChangeRequests, memberships, users, type EmailChangeRequestRow } from "@/db/schema";
import type { RequestMeta } from "@/lib/auth/caller";
import { record } from "@/lib/audit/record";
import { getDb, type Db, type Tx } from "@/lib/db";
import { sendMail } from "@/lib/mail/transport";
import { isEmailTaken } from "./email-taken";
import { hashLinkToken } from "./links";

export type EmailLinkState =
  | { state: "valid"; newEmail: string }
  | { state: "unknown" | "used" | "expired" }
  /** The new address was claimed by another account after the link was sent. */
  | { state: "taken"; newEmail: string };

function linkState(row: EmailChangeRequestRow | undefined, now: Date): EmailLinkState {
  if (!row) return { state: "unknown" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  return { state: "valid", newEmail: row.newEmail };
}

async function findRequest(db: Db | Tx, token: string, lock: boolean): Promise<EmailChangeRequestRow | undefined> {
  if (!token || token.length > 100) return undefined;
  const query = db.select().from(emailChangeRequests).where(eq(emailChangeRequests.tokenHash, hashLinkToken(token)));
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

/** What the link would do, without using it (the page asks before it changes anything). */
export async function inspectEmailChange(token: string, now = new Date()): Promise<EmailLinkState> {
  return linkState(await findRequest(getDb(), token, false), now);
}

/**
 * Uses the link, signed in or not: the token alone proves the new address is the user's. Single use (the row is locked
 * and marked), expiry checked here, and the address must still be free. The old address gets a notice afterwards.
 */
export type EmailChangeOutcome = EmailLinkState | { state: "changed"; newEmail: string };

type Committed = { outcome: EmailChangeOutcome; notice?: { to: string; name: string; newEmail: string } };

/**
 * Uses the link, signed in or not: the token alone proves the new address is the user's. Single use (the row is locked
 * and marked), expiry checked here, and the address must still be free. The old address gets a notice afterwards.
 */
export async function confirmEmailChange(token: string, meta: RequestMeta, now = new Date()): Promise<EmailChangeOutcome> {
  const { outcome, notice } = await getDb().transaction(async (tx): Promise<Committed> => {
    const row = await findRequest(tx, token, true);
    const state = linkState(row, now);
    if (state.state !== "valid" || !row) return { outcome: state };
    if (await isEmailTaken(tx, row.newEmail, row.userId)) return { outcome: { state: "taken", newEmail: row.newEmail } };
    const [user] = await tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, row.userId)).for("update");
    if (!user) return { outcome: { state: "unknown" } };
    await tx.update(users).set({ email: row.newEmail, updatedAt: now }).where(eq(users.id, row.userId));
    await tx.update(emailChangeRequests).set({ usedAt: now }).where(eq(emailChangeRequests.tokenHash, row.tokenHash));
    // The address is the account's in every tenant: each tenant's log shows the change.
    const tenants = await tx.select({ tenantId: memberships.tenantId }).from(memberships).where(eq(memberships.userId, row.userId));
    for (const { tenantId } of tenants) {
      await record(
        tx,
        { tenantId, actor: { type: "user", id: row.userId, label: row.newEmail }, ...meta },
        { action: "profile.email_changed", target: { type: "user", id: row.userId, label: row.newEmail }, details: { before: user.email, after: row.newEmail } },
      );
    }
    return { outcome: { state: "changed", newEmail: row.newEmail }, notice: { to: user.email, name: user.name, newEmail: row.newEmail } };
  });
  if (notice) {
    await sendMail({
      to: notice.to,
      subject: "Your Gatehouse e-mail address was changed",
      text: [
        `Hello ${notice.name},`,
        "",
        `The e-mail address of your Gatehouse account is now ${notice.newEmail}; this address (${notice.to}) no longer signs in.`,
        "If you did not make this change, contact your administrator at once.",
      ].join("\n"),
    }).catch((error: unknown) => console.error("[mail] could not send the e-mail change notice:", String(error)));
  }
  return outcome;
}
