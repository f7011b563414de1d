import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { ZInvitationRef } from "@/lib/validation/invitations";
import { notPending } from "./not-pending";

/** A pending invitation (expired or not) is cancelled: its link stops working at once and the address may be invited again. */
export const cancelInvitation = defineAction({ permission: "members:invite", input: ZInvitationRef }, async ({ input, caller, tx }) => {
  const [row] = await tx
    .update(invitations)
    .set({ status: "cancelled", cancelledAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(invitations.tenantId, caller.tenantId), eq(invitations.id, input.id), eq(invitations.status, "pending")))
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
  if (!row) throw await notPending(tx, caller.tenantId, input.id);
  return {
    result: { id: row.id },
    audit: { action: "invitation.cancelled", target: { type: "invitation", id: row.id, label: row.email }, details: { role: row.role } },
  };
});
