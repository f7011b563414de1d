import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { memberships, ssoRoleMappings, tenantSettings, tenants, userIdentities, users } from "@/db/schema";
import { record, type AuditContext } from "@/lib/audit/record";
import { isEmailDomainAuthorized, isMemberAuthorized } from "@/lib/auth/authorized-domains";
import type { RequestMeta } from "@/lib/auth/caller";
import { createSession } from "@/lib/auth/sessions";
import type { Db, Tx } from "@/lib/db";
import type { TenantRole } from "@/lib/authz/permissions";
import { claimInvitationBySso, grantInvitationBySso } from "@/lib/invitations/take-up-invitation-by-sso";
import { isLastActiveAdmin, lockActiveAdmins } from "@/lib/members/admin-guard";
import { addMembership } from "@/lib/memberships/add-membership";
import { MAPPING_RULE_COLUMNS } from "./mapping-columns";
import { mappedRole } from "./role-mapping";
import { syncMappedGroups } from "./sync-mapped-groups";

/** What an identity provider vouched for, after the protocol layer verified it. */
export type SsoAssertion = {
  tenantId: string;
  protocol: "oidc" | "saml";
  subject: string;
  email: string;
  /** False only when the IdP says so explicitly; a tenant's own IdP is authoritative for its users. */
  emailVerified: boolean;
  name: string | null;
  groups: string[];
};

export type SsoRefusal = "unverified_email" | "unauthorized_domain" | "link_required" | "inactive" | "sso_disabled";
export type SsoSignInResult = { ok: true; sessionToken: string; userId: string } | { ok: false; reason: SsoRefusal };

/** A username from the e-mail's local part plus a random suffix: unique without asking the user. */
function usernameFor(email: string): string {
  const base = email.slice(0, email.indexOf("@")).toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 30);
  return `${base || "user"}-${randomBytes(3).toString("hex")}`;
}

async function refuse(tx: Tx, context: AuditContext, assertion: SsoAssertion, reason: SsoRefusal): Promise<SsoSignInResult> {
  await record(tx, context, { action: "auth.sign_in.failed", details: { identifier: assertion.email.slice(0, 80), method: assertion.protocol, reason } });
  return { ok: false, reason };
}

/**
 * SPEC §1: the mapping never takes away the tenant's last active Admin (decision 0042's locks, in their order). That
 * Admin keeps the role and the skipped mapping is audited, so the tenant can still be administered.
 */
async function mayLeaveAdmins(tx: Tx, tenantId: string, userId: string, currentRole: TenantRole): Promise<boolean> {
  if (currentRole !== "admin") return true;
  return !isLastActiveAdmin(await lockActiveAdmins(tx, tenantId), userId);
}

/**
 * Turns a verified SSO assertion into a session of the tenant (SPEC §9): finds the user by the IdP's subject (never by
 * e-mail alone), creates an Active member just-in-time for an unknown e-mail of an authorized domain, refuses to link
 * to an existing account by e-mail, applies the role mapping and starts a session with the SSO session lifetime.
 */
export async function resolveSsoSignIn(db: Db, assertion: SsoAssertion, meta: RequestMeta): Promise<SsoSignInResult> {
  const email = assertion.email.trim().toLowerCase();
  const provider = `${assertion.protocol}:${assertion.tenantId}`;
  return db.transaction(async (tx) => {
    const anonymous: AuditContext = { tenantId: assertion.tenantId, actor: { type: "anonymous", label: email.slice(0, 80) }, ...meta };
    const [settings] = await tx
      .select({ authorizedDomains: tenantSettings.authorizedDomains, defaultRole: tenantSettings.defaultRole, ssoSessionHours: tenantSettings.ssoSessionHours, tenantName: tenants.name })
      .from(tenantSettings)
      .innerJoin(tenants, eq(tenants.id, tenantSettings.tenantId))
      .where(eq(tenantSettings.tenantId, assertion.tenantId));
    if (!settings) return refuse(tx, anonymous, assertion, "sso_disabled");
    if (!assertion.emailVerified) return refuse(tx, anonymous, assertion, "unverified_email");

    const [identity] = await tx
      .select({ id: userIdentities.id, userId: userIdentities.userId, email: users.email })
      .from(userIdentities)
      .innerJoin(users, eq(users.id, userIdentities.userId))
      .where(and(eq(userIdentities.provider, provider), eq(userIdentities.subject, assertion.subject)));

    let userId = identity?.userId;
    let userEmail = identity?.email ?? email;
    if (!userId) {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      // No linking by e-mail: whoever holds that account proves it by signing in to it, then links from the profile.
      if (existing) return refuse(tx, anonymous, assertion, "link_required");
      if (!isEmailDomainAuthorized(email, settings.authorizedDomains)) return refuse(tx, anonymous, assertion, "unauthorized_domain");
      const [created] = await tx
        .insert(users)
        .values({ email, username: usernameFor(email), name: (assertion.name ?? email.slice(0, email.indexOf("@"))).slice(0, 100), passwordHash: null })
        .returning({ id: users.id });
      userId = created!.id;
      userEmail = email;
      await tx.insert(userIdentities).values({ userId, provider, subject: assertion.subject, lastGroups: assertion.groups });
    } else {
      await tx.update(userIdentities).set({ lastGroups: assertion.groups, lastUsedAt: new Date() }).where(eq(userIdentities.id, identity!.id));
    }
    const actor: AuditContext = { tenantId: assertion.tenantId, actor: { type: "user", id: userId, label: userEmail }, ...meta };

    const rules = await tx.select(MAPPING_RULE_COLUMNS).from(ssoRoleMappings).where(eq(ssoRoleMappings.tenantId, assertion.tenantId));
    const granted = mappedRole(rules, assertion.groups, settings.defaultRole);
    const [membership] = await tx
      .select({ role: memberships.role, status: memberships.status })
      .from(memberships)
      .where(and(eq(memberships.tenantId, assertion.tenantId), eq(memberships.userId, userId)));

    let role = membership?.role ?? granted ?? settings.defaultRole;
    if (!membership) {
      if (!isEmailDomainAuthorized(userEmail, settings.authorizedDomains)) return refuse(tx, actor, assertion, "unauthorized_domain");
      // An open invitation of this address sets the role (unless a mapping rule decides it) and brings its grants.
      const invitation = await claimInvitationBySso(tx, assertion.tenantId, userEmail, userId);
      if (invitation) role = granted ?? invitation.role;
      const added = await addMembership(tx, { tenantId: assertion.tenantId, userId, role });
      await record(tx, actor, { action: "sso.member.created", target: { type: "user", id: userId, label: userEmail }, details: { role, protocol: assertion.protocol } });
      for (const event of added.events) await record(tx, actor, event);
      if (invitation) await grantInvitationBySso(tx, { ...actor, tenantId: assertion.tenantId }, invitation, { userId, email: userEmail, role, newAccount: !identity });
    } else if (membership.status !== "active") {
      return refuse(tx, actor, assertion, "inactive");
    } else if (granted && granted !== membership.role && (await mayLeaveAdmins(tx, assertion.tenantId, userId, membership.role))) {
      role = granted;
      await tx.update(memberships).set({ role, updatedAt: new Date() }).where(and(eq(memberships.tenantId, assertion.tenantId), eq(memberships.userId, userId)));
      await record(tx, actor, { action: "sso.role.mapped", target: { type: "user", id: userId, label: userEmail }, details: { role: { before: membership.role, after: role }, groups: assertion.groups.slice(0, 50) } });
    }
    if (granted && granted !== role) {
      await record(tx, actor, { action: "sso.role.mapping_skipped", target: { type: "user", id: userId, label: userEmail }, details: { role, mapped: granted, reason: "last_active_admin" } });
    }
    if (!isMemberAuthorized({ email: userEmail, role }, settings.authorizedDomains)) return refuse(tx, actor, assertion, "unauthorized_domain");
    await syncMappedGroups(tx, actor, userId, rules, assertion.groups);

    const sessionToken = await createSession(tx, { userId, tenantId: assertion.tenantId, absoluteHours: settings.ssoSessionHours, ...meta });
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, userId));
    await record(tx, actor, { action: "auth.sign_in.succeeded", details: { method: assertion.protocol } });
    return { ok: true, sessionToken, userId };
  });
}
