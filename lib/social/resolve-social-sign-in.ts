import "server-only";
import { randomBytes } from "node:crypto";
import { and, arrayContains, asc, eq } from "drizzle-orm";
import { memberships, tenantSettings, tenants, userIdentities, users } from "@/db/schema";
import { record, type AuditContext, type AuditEntry } from "@/lib/audit/record";
import { emailDomain, isMemberAuthorized } from "@/lib/auth/authorized-domains";
import { recordForAccount } from "@/lib/auth/authenticate-password";
import type { RequestMeta } from "@/lib/auth/caller";
import { createSession } from "@/lib/auth/sessions";
import { createChallenge, type ChallengePurpose } from "@/lib/auth/sign-in-challenge";
import { isSsoOnly } from "@/lib/auth/sso-only";
import type { Db, Tx } from "@/lib/db";
import { addMembership } from "@/lib/memberships/add-membership";
import { twoFactorStatus } from "@/lib/two-factor/second-factor-store";
import type { SocialAssertion } from "./social-oauth";
import { SOCIAL_ALLOW_COLUMN } from "./social-providers";

export type SocialRefusal = "link_required" | "invitation_required" | "unverified_email" | "provider_not_allowed" | "sso_required" | "inactive" | "unauthorized_domain";
export type SocialSignInResult =
  | { ok: true; sessionToken: string; userId: string; tenantId: string }
  | { ok: false; reason: "second_step"; purpose: ChallengePurpose; challengeToken: string }
  | { ok: false; reason: SocialRefusal };

type Candidate = { tenantId: string; role: "admin" | "builder" | "consumer"; status: "active" | "inactive"; allowed: boolean; authorizedDomains: string[]; ssoStrict: boolean; requireTwoFactor: boolean };

function usernameFor(email: string): string {
  const base = email.slice(0, email.indexOf("@")).toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 30);
  return `${base || "user"}-${randomBytes(3).toString("hex")}`;
}

async function membershipsOf(tx: Tx, userId: string, assertion: SocialAssertion): Promise<Candidate[]> {
  return tx
    .select({
      tenantId: memberships.tenantId,
      role: memberships.role,
      status: memberships.status,
      allowed: tenantSettings[SOCIAL_ALLOW_COLUMN[assertion.provider]],
      authorizedDomains: tenantSettings.authorizedDomains,
      ssoStrict: tenantSettings.ssoStrict,
      requireTwoFactor: tenantSettings.requireTwoFactor,
    })
    .from(memberships)
    .innerJoin(tenantSettings, eq(tenantSettings.tenantId, memberships.tenantId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt));
}

/** The first membership every rule lets in, else the refusal of the membership that came furthest. */
function pickMembership(candidates: Candidate[], email: string): Candidate | SocialRefusal {
  const active = candidates.filter((m) => m.status === "active");
  if (!active.length) return "inactive";
  const allowing = active.filter((m) => m.allowed);
  if (!allowing.length) return "provider_not_allowed";
  const authorized = allowing.filter((m) => isMemberAuthorized({ email, role: m.role }, m.authorizedDomains));
  if (!authorized.length) return "unauthorized_domain";
  return authorized.find((m) => !isSsoOnly(m.ssoStrict, m.role)) ?? "sso_required";
}

/** An unknown e-mail may join just-in-time only where exactly one tenant authorizes its domain and allows the provider. */
async function jitTenant(tx: Tx, email: string, assertion: SocialAssertion) {
  const domain = emailDomain(email);
  const rows = await tx
    .select({ tenantId: tenantSettings.tenantId, tenantName: tenants.name, defaultRole: tenantSettings.defaultRole, ssoStrict: tenantSettings.ssoStrict })
    .from(tenantSettings)
    .innerJoin(tenants, eq(tenants.id, tenantSettings.tenantId))
    .where(and(arrayContains(tenantSettings.authorizedDomains, [domain]), eq(tenantSettings[SOCIAL_ALLOW_COLUMN[assertion.provider]], true)))
    .limit(2);
  return rows.length === 1 ? rows[0]! : null;
}

async function createJitMember(tx: Tx, assertion: SocialAssertion, email: string, tenant: NonNullable<Awaited<ReturnType<typeof jitTenant>>>, meta: RequestMeta) {
  const [created] = await tx
    .insert(users)
    .values({ email, username: usernameFor(email), name: (assertion.name ?? email.slice(0, email.indexOf("@"))).slice(0, 100), passwordHash: null })
    .returning({ id: users.id });
  const userId = created!.id;
  await tx.insert(userIdentities).values({ userId, provider: assertion.provider, subject: assertion.subject });
  const added = await addMembership(tx, { tenantId: tenant.tenantId, userId, role: tenant.defaultRole });
  const actor: AuditContext = { tenantId: tenant.tenantId, actor: { type: "user", id: userId, label: email }, ...meta };
  await record(tx, actor, { action: "social.member.created", target: { type: "user", id: userId, label: email }, details: { role: tenant.defaultRole, provider: assertion.provider } });
  for (const event of added.events) await record(tx, actor, event);
  return userId;
}

/**
 * Turns a verified social identity into a session (SPEC §9). The identity is found by (provider, subject) only; an
 * unknown identity whose e-mail belongs to an account is never linked silently (the owner links it from the profile);
 * an unknown e-mail joins just-in-time only through exactly one tenant's authorized domain that allows the provider.
 */
export async function resolveSocialSignIn(db: Db, assertion: SocialAssertion, meta: RequestMeta): Promise<SocialSignInResult> {
  const email = assertion.email?.trim().toLowerCase() ?? "";
  const shown = (email || `${assertion.provider} user`).slice(0, 80);
  return db.transaction(async (tx) => {
    const failed = (reason: SocialRefusal): AuditEntry => ({ action: "auth.sign_in.failed", details: { identifier: shown, method: assertion.provider, reason } });
    const [identity] = await tx
      .select({ id: userIdentities.id, userId: userIdentities.userId, email: users.email, passwordHash: users.passwordHash })
      .from(userIdentities)
      .innerJoin(users, eq(users.id, userIdentities.userId))
      .where(and(eq(userIdentities.provider, assertion.provider), eq(userIdentities.subject, assertion.subject)));

    let user: { id: string; email: string; hasPassword: boolean };
    if (identity) {
      user = { id: identity.userId, email: identity.email, hasPassword: identity.passwordHash !== null };
    } else {
      // No tenant is known yet: these refusals go to the deployment log, as an unknown password account's do.
      if (!email.includes("@") || !assertion.emailVerified) {
        await recordForAccount(tx, undefined, meta, failed("unverified_email"), shown);
        return { ok: false, reason: "unverified_email" } as const;
      }
      const [existing] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, email));
      if (existing) {
        await recordForAccount(tx, { ...existing, passwordHash: null }, meta, failed("link_required"), shown);
        return { ok: false, reason: "link_required" } as const;
      }
      const tenant = await jitTenant(tx, email, assertion);
      if (!tenant) {
        await recordForAccount(tx, undefined, meta, failed("invitation_required"), shown);
        return { ok: false, reason: "invitation_required" } as const;
      }
      if (isSsoOnly(tenant.ssoStrict, tenant.defaultRole)) {
        await record(tx, { tenantId: tenant.tenantId, actor: { type: "anonymous", label: shown }, ...meta }, failed("sso_required"));
        return { ok: false, reason: "sso_required" } as const;
      }
      user = { id: await createJitMember(tx, assertion, email, tenant, meta), email, hasPassword: false };
    }

    const picked = pickMembership(await membershipsOf(tx, user.id, assertion), user.email);
    if (typeof picked === "string") {
      await recordForAccount(tx, { ...user, passwordHash: null }, meta, failed(picked), shown);
      return { ok: false, reason: picked } as const;
    }
    if (identity) await tx.update(userIdentities).set({ lastUsedAt: new Date() }).where(eq(userIdentities.id, identity.id));
    // A linked provider is another first factor, never a way around the second one. The tenant's requirement is for
    // password users (SPEC §8): an account without a password has no two-factor to manage, its provider guards it.
    const enrolled = (await twoFactorStatus(tx, user.id)).enabled;
    const purpose: ChallengePurpose | null = enrolled ? "verify" : picked.requireTwoFactor && user.hasPassword ? "enrol" : null;
    if (purpose) {
      const challengeToken = await createChallenge(tx, { userId: user.id, tenantId: picked.tenantId, purpose, method: assertion.provider });
      return { ok: false, reason: "second_step", purpose, challengeToken } as const;
    }
    const sessionToken = await createSession(tx, { userId: user.id, tenantId: picked.tenantId, ...meta });
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
    await record(tx, { tenantId: picked.tenantId, actor: { type: "user", id: user.id, label: user.email }, ...meta }, { action: "auth.sign_in.succeeded", details: { method: assertion.provider } });
    return { ok: true, sessionToken, userId: user.id, tenantId: picked.tenantId } as const;
  });
}
