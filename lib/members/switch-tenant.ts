import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { memberships, sessions, tenantSettings, tenants, users } from "@/db/schema";
import { actorOf, defineAction } from "@/lib/action/define-action";
import { DomainError, refuse } from "@/lib/action/errors";
import { record } from "@/lib/audit/record";
import { isMemberAuthorized } from "@/lib/auth/authorized-domains";
import { isSsoOnly } from "@/lib/auth/sso-only";
import { twoFactorStatus } from "@/lib/two-factor/second-factor-store";
import { zId } from "@/lib/validation/ids";

export const ZSwitchTenant = z.object({ tenantId: zId("The tenant") });

/**
 * Moves the caller's session to another tenant they are an Active member of. The membership is checked here, on the
 * server, with the same rules as sign-in (authorized domains, SSO strict mode, required two-factor); afterwards every request re-reads
 * the membership of the session's tenant as always. Audited in both tenants.
 */
export const switchTenant = defineAction({ permission: "profile:read", input: ZSwitchTenant }, async ({ input, caller, tx, meta }) => {
  if (caller.kind !== "user") throw refuse.forbidden();
  if (input.tenantId === caller.tenantId) throw refuse.invalid({ tenantId: ["You are already in this tenant."] });
  const [target] = await tx
    .select({ name: tenants.name, role: memberships.role, status: memberships.status, email: users.email, hasPassword: sql<boolean>`${users.passwordHash} is not null`, domains: tenantSettings.authorizedDomains, ssoStrict: tenantSettings.ssoStrict, requireTwoFactor: tenantSettings.requireTwoFactor })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .innerJoin(tenantSettings, eq(tenantSettings.tenantId, memberships.tenantId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, input.tenantId), eq(memberships.userId, caller.userId)))
    .for("share", { of: memberships });
  if (!target || target.status !== "active") throw refuse.notFound("The tenant");
  if (!isMemberAuthorized({ email: target.email, role: target.role }, target.domains)) {
    throw new DomainError("forbidden", "Your e-mail domain is not authorized in that tenant.");
  }
  if (isSsoOnly(target.ssoStrict, target.role)) throw new DomainError("forbidden", "That tenant requires signing in through its single sign-on.");
  // As at sign-in, where the tenant's requirement sends a password user to enrolment before any session exists.
  if (target.requireTwoFactor && target.hasPassword && !(await twoFactorStatus(tx, caller.userId)).enabled) {
    throw new DomainError("forbidden", "That tenant requires two-factor authentication. Turn it on in your profile, then switch.");
  }

  await tx.update(sessions).set({ tenantId: input.tenantId }).where(and(eq(sessions.idHash, caller.sessionIdHash), eq(sessions.userId, caller.userId)));
  await record(tx, { tenantId: input.tenantId, actor: actorOf(caller), ...meta }, {
    action: "session.tenant_switched",
    target: { type: "tenant", id: input.tenantId, label: target.name },
    details: { from: caller.tenantName, to: target.name, direction: "in" },
  });
  return {
    result: { tenantId: input.tenantId, tenantName: target.name },
    audit: { action: "session.tenant_switched", target: { type: "tenant", id: input.tenantId, label: target.name }, details: { from: caller.tenantName, to: target.name, direction: "out" } },
  };
});
