import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { ZInvitationRef } from "@/lib/validation/invitations";
import { invitationExpiry } from "./grants";
import type { InvitationMail } from "./invitation-mail";
import { newInvitationToken } from "./invitation-token";
import { notPending } from "./not-pending";

/** A new link for a pending invitation, expired or not: the old link dies, the lifetime starts again. */
export const resendInvitation = defineAction({ permission: "members:invite", input: ZInvitationRef }, async ({ input, caller, tx }) => {
  const { token, tokenHash } = newInvitationToken();
  const [row] = await tx
    .update(invitations)
    .set({ tokenHash, expiresAt: await invitationExpiry(tx, caller.tenantId), resentCount: sql`${invitations.resentCount} + 1`, sentAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(invitations.tenantId, caller.tenantId), eq(invitations.id, input.id), eq(invitations.status, "pending")))
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, resentCount: invitations.resentCount });
  if (!row) throw await notPending(tx, caller.tenantId, input.id);
  const mails: InvitationMail[] = [{ invitationId: row.id, email: row.email, token, role: row.role, expiresAt: row.expiresAt }];
  return {
    result: { invitation: { id: row.id, email: row.email, expiresAt: row.expiresAt.toISOString() }, mails },
    audit: { action: "invitation.resent", target: { type: "invitation", id: row.id, label: row.email }, details: { resentCount: row.resentCount, expiresAt: row.expiresAt.toISOString() } },
  };
});
