import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { invitations, tenantSettings, tenants, users } from "@/db/schema";
import type { TenantRole } from "@/lib/authz/permissions";
import type { Db } from "@/lib/db";
import { hashInvitationToken, looksLikeInvitationToken } from "./invitation-token";

/** `passwordMinLength`: the tenant's minimum, which a new account's password must meet. */
export type OpenInvitation = { tenantName: string; role: TenantRole; email: string; accountExists: boolean; passwordMinLength: number };

/**
 * The invitation behind a link, if it can still be accepted. Used, cancelled, expired and unknown links all read as
 * null: the page then says one thing, and nobody learns which addresses were invited.
 */
export async function findOpenInvitation(db: Db, token: string): Promise<OpenInvitation | null> {
  if (!looksLikeInvitationToken(token)) return null;
  const [row] = await db
    .select({ tenantName: tenants.name, role: invitations.role, email: invitations.email, userId: users.id, passwordMinLength: tenantSettings.passwordMinLength })
    .from(invitations)
    .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
    .innerJoin(tenantSettings, eq(tenantSettings.tenantId, invitations.tenantId))
    .leftJoin(users, eq(users.email, invitations.email))
    .where(and(eq(invitations.tokenHash, hashInvitationToken(token)), eq(invitations.status, "pending"), gt(invitations.expiresAt, sql`now()`)));
  return row ? { tenantName: row.tenantName, role: row.role, email: row.email, accountExists: row.userId !== null, passwordMinLength: row.passwordMinLength } : null;
}
