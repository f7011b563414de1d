import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { record, type AuditContext } from "@/lib/audit/record";
import type { TenantRole } from "@/lib/authz/permissions";
import type { Tx } from "@/lib/db";
import { applyGrants } from "./accept-invitation";
import { stillOpen } from "./still-open";

/**
 * SPEC §4 "or signs in with the tenant's SSO": when an SSO sign-in makes someone a member, an open invitation of their
 * address in that tenant is taken up (the tenant's own IdP vouched for the address, as the link would have). Claimed
 * by the same conditional UPDATE as a link accept, so the two cannot both win. Returns the invited role, or null.
 */
export async function claimInvitationBySso(tx: Tx, tenantId: string, email: string, userId: string): Promise<{ id: string; role: TenantRole } | null> {
  const [invitation] = await tx
    .update(invitations)
    .set({ status: "accepted", acceptedAt: sql`now()`, acceptedUserId: userId, updatedAt: sql`now()` })
    .where(and(eq(invitations.tenantId, tenantId), eq(invitations.email, email.toLowerCase()), stillOpen()))
    .returning({ id: invitations.id, role: invitations.role });
  return invitation ?? null;
}

/** After the membership exists: the invitation's groups and workspace roles, and its audit event. */
export async function grantInvitationBySso(
  tx: Tx,
  context: AuditContext & { tenantId: string },
  invitation: { id: string },
  member: { userId: string; email: string; role: TenantRole; newAccount: boolean },
) {
  const grants = await applyGrants(tx, invitation.id, context.tenantId, member.userId);
  await record(tx, context, {
    action: "invitation.accepted",
    target: { type: "invitation", id: invitation.id, label: member.email },
    details: { role: member.role, newAccount: member.newAccount, method: "sso", ...grants },
  });
}
