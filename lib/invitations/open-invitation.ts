import "server-only";
import { and, eq } from "drizzle-orm";
import { invitations, ssoConnections, tenantSettings, tenants, users } from "@/db/schema";
import { isSsoOnly } from "@/lib/auth/sso-only";
import type { TenantRole } from "@/lib/authz/permissions";
import type { Db } from "@/lib/db";
import { hashInvitationToken, looksLikeInvitationToken } from "./invitation-token";
import { stillOpen } from "./still-open";

/**
 * `passwordMinLength`: the tenant's minimum, which a new account's password must meet. `ssoOnly`: the tenant's strict
 * mode keeps this (non-Admin) invitee away from password accepts (decision 0046); `ssoStartPath` starts its SSO, when on.
 */
export type OpenInvitation = {
  tenantId: string;
  tenantName: string;
  role: TenantRole;
  email: string;
  accountExists: boolean;
  passwordMinLength: number;
  ssoOnly: boolean;
  ssoStartPath: string | null;
};

/**
 * The invitation behind a link, if it can still be accepted. Used, cancelled, expired and unknown links all read as
 * null: the page then says one thing, and nobody learns which addresses were invited.
 */
export async function findOpenInvitation(db: Db, token: string): Promise<OpenInvitation | null> {
  if (!looksLikeInvitationToken(token)) return null;
  const [row] = await db
    .select({
      tenantId: invitations.tenantId,
      tenantName: tenants.name,
      role: invitations.role,
      email: invitations.email,
      userId: users.id,
      passwordMinLength: tenantSettings.passwordMinLength,
      ssoStrict: tenantSettings.ssoStrict,
      ssoProtocol: ssoConnections.protocol,
    })
    .from(invitations)
    .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
    .innerJoin(tenantSettings, eq(tenantSettings.tenantId, invitations.tenantId))
    .leftJoin(users, eq(users.email, invitations.email))
    .leftJoin(ssoConnections, and(eq(ssoConnections.tenantId, invitations.tenantId), eq(ssoConnections.enabled, true)))
    .where(and(eq(invitations.tokenHash, hashInvitationToken(token)), stillOpen()));
  if (!row) return null;
  return {
    tenantId: row.tenantId,
    tenantName: row.tenantName,
    role: row.role,
    email: row.email,
    accountExists: row.userId !== null,
    passwordMinLength: row.passwordMinLength,
    ssoOnly: isSsoOnly(row.ssoStrict, row.role),
    ssoStartPath: row.ssoProtocol ? `/api/sso/${row.ssoProtocol}/start?tenant=${row.tenantId}` : null,
  };
}
