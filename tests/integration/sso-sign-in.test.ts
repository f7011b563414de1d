import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { groupMembers, groups, memberships, sessions, ssoConnections, ssoRoleMappings, tenantSettings, userIdentities, users } from "@/db/schema";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { hashSessionToken } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db";
import { findSsoTenant } from "@/lib/sso/find-sso-tenant";
import { resolveSsoSignIn, type SsoAssertion } from "@/lib/sso/resolve-sso-sign-in";
import { META, PASSWORD, seedTenant } from "./support/fixtures";
import { eventsOf } from "./support/settings-rows";

async function ssoTenant(options: { rules?: { idpGroup: string; role: "admin" | "builder" | "consumer" | null; groupName?: string }[]; defaultRole?: "builder" | "consumer" } = {}) {
  const seeded = await seedTenant(["admin", "builder"]);
  const domain = `sso-${randomUUID().slice(0, 8)}.test`;
  await getDb().update(tenantSettings).set({ authorizedDomains: [domain], defaultRole: options.defaultRole ?? "consumer", ssoSessionHours: 3 }).where(eq(tenantSettings.tenantId, seeded.tenantId));
  if (options.rules?.length) await getDb().insert(ssoRoleMappings).values(options.rules.map((r) => ({ tenantId: seeded.tenantId, ...r })));
  const assertion = (local: string, groups: string[] = [], extra: Partial<SsoAssertion> = {}): SsoAssertion => ({
    tenantId: seeded.tenantId, protocol: "oidc", subject: `sub-${local}`, email: `${local}@${domain}`, emailVerified: true, name: local, groups, ...extra,
  });
  return { ...seeded, domain, assertion };
}

const membershipOf = async (tenantId: string, userId: string) =>
  (await getDb().select().from(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId))))[0];

describe("SSO sign-in", () => {
  it("keeps the Gatehouse groups named by mapping rules in step with the IdP groups, creating them managed by SSO", async () => {
    const t = await ssoTenant({ rules: [{ idpGroup: "gh-admins", role: "admin" }, { idpGroup: "eng", role: "builder", groupName: "Engineering" }, { idpGroup: "oncall", role: null, groupName: "On call" }] });
    const manual = (await getDb().insert(groups).values({ tenantId: t.tenantId, name: "Book club" }).returning())[0]!;
    const first = await resolveSsoSignIn(getDb(), t.assertion("dev", ["eng", "oncall"]), META);
    if (!first.ok) throw new Error("refused");
    await getDb().insert(groupMembers).values({ tenantId: t.tenantId, groupId: manual.id, userId: first.userId });
    const groupsOf = async () =>
      (await getDb().select({ name: groups.name, managed: groups.managedBySso }).from(groupMembers).innerJoin(groups, eq(groups.id, groupMembers.groupId)).where(eq(groupMembers.userId, first.userId)))
        .map((g) => `${g.name}${g.managed ? " (SSO)" : ""}`)
        .sort();
    expect(await groupsOf()).toEqual(["Book club", "Engineering (SSO)", "On call (SSO)"]);
    expect(await membershipOf(t.tenantId, first.userId)).toMatchObject({ role: "builder" });

    // Leaving an IdP group takes the member out of its Gatehouse group at the next sign-in; unmapped groups stay.
    await resolveSsoSignIn(getDb(), t.assertion("dev", ["eng"]), META);
    expect(await groupsOf()).toEqual(["Book club", "Engineering (SSO)"]);
    const changes = (await eventsOf(t.tenantId)).filter((e) => e.action.startsWith("group.member_")).map((e) => [e.action, (e.details as { group: string }).group]);
    expect(changes).toEqual([
      ["group.member_added", "Engineering"],
      ["group.member_added", "On call"],
      ["group.member_removed", "On call"],
    ]);
  });

  it("creates an Active member just-in-time with the default role, no password, the IdP identity and the SSO session lifetime", async () => {
    const t = await ssoTenant({ defaultRole: "builder" });
    const result = await resolveSsoSignIn(getDb(), t.assertion("alice"), META);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [user] = await getDb().select().from(users).where(eq(users.id, result.userId));
    expect(user).toMatchObject({ email: `alice@${t.domain}`, passwordHash: null });
    expect(await membershipOf(t.tenantId, result.userId)).toMatchObject({ role: "builder", status: "active" });
    const [identity] = await getDb().select().from(userIdentities).where(eq(userIdentities.userId, result.userId));
    expect(identity).toMatchObject({ provider: `oidc:${t.tenantId}`, subject: "sub-alice" });
    const [session] = await getDb().select().from(sessions).where(eq(sessions.idHash, hashSessionToken(result.sessionToken)));
    expect(session!.absoluteExpiresAt.getTime() - session!.createdAt.getTime()).toBe(3 * 3600_000);
    expect((await eventsOf(t.tenantId)).map((e) => [e.action, e.details])).toEqual([
      ["sso.member.created", { role: "builder", protocol: "oidc" }],
      ["workspace.created", expect.objectContaining({ personal: true })],
      ["auth.sign_in.succeeded", { method: "oidc" }],
    ]);

    // The next sign-in finds the same user by subject, even after the IdP changed the e-mail claim.
    const again = await resolveSsoSignIn(getDb(), t.assertion("alice", [], { email: `renamed@${t.domain}` }), META);
    expect(again).toMatchObject({ ok: true, userId: result.userId });
  });

  it("applies the role mapping at every sign-in: the highest matching rule, else the default role", async () => {
    const t = await ssoTenant({ rules: [{ idpGroup: "gh-admins", role: "admin" }, { idpGroup: "eng", role: "builder" }] });
    const first = await resolveSsoSignIn(getDb(), t.assertion("boss", ["eng", "gh-admins"]), META);
    if (!first.ok) throw new Error("refused");
    expect(await membershipOf(t.tenantId, first.userId)).toMatchObject({ role: "admin" });
    await resolveSsoSignIn(getDb(), t.assertion("boss", ["eng"]), META);
    expect(await membershipOf(t.tenantId, first.userId)).toMatchObject({ role: "builder" });
    await resolveSsoSignIn(getDb(), t.assertion("boss", []), META);
    expect(await membershipOf(t.tenantId, first.userId)).toMatchObject({ role: "consumer" });
    const mapped = (await eventsOf(t.tenantId)).filter((e) => e.action === "sso.role.mapped").map((e) => (e.details as { role: unknown }).role);
    expect(mapped).toEqual([{ before: "admin", after: "builder" }, { before: "builder", after: "consumer" }]);
  });

  it("never takes the role of the tenant's last active Admin: the mapping is skipped and audited until another Admin exists", async () => {
    const t = await ssoTenant({ rules: [{ idpGroup: "gh-admins", role: "admin" }, { idpGroup: "eng", role: "builder" }] });
    const first = await resolveSsoSignIn(getDb(), t.assertion("sole", ["gh-admins"]), META);
    if (!first.ok) throw new Error("refused");
    const seededAdmin = t.members[0]!.userId;
    await getDb().update(memberships).set({ role: "builder" }).where(and(eq(memberships.tenantId, t.tenantId), eq(memberships.userId, seededAdmin)));

    expect(await resolveSsoSignIn(getDb(), t.assertion("sole", ["eng"]), META)).toMatchObject({ ok: true });
    expect(await membershipOf(t.tenantId, first.userId)).toMatchObject({ role: "admin" });
    const skipped = (await eventsOf(t.tenantId)).filter((e) => e.action === "sso.role.mapping_skipped").map((e) => e.details);
    expect(skipped).toEqual([{ role: "admin", mapped: "builder", reason: "last_active_admin" }]);

    await getDb().update(memberships).set({ role: "admin" }).where(and(eq(memberships.tenantId, t.tenantId), eq(memberships.userId, seededAdmin)));
    await resolveSsoSignIn(getDb(), t.assertion("sole", ["eng"]), META);
    expect(await membershipOf(t.tenantId, first.userId)).toMatchObject({ role: "builder" });
  });

  it("refuses an unauthorized domain, an unverified e-mail, an existing account's e-mail (no linking) and a deactivated member", async () => {
    const t = await ssoTenant();
    const refusals = [
      [t.assertion("mallory", [], { email: "mallory@elsewhere.test" }), "unauthorized_domain"],
      [t.assertion("eve", [], { emailVerified: false }), "unverified_email"],
      [t.assertion("builder", [], { email: t.members[1]!.email }), "link_required"],
    ] as const;
    for (const [assertion, reason] of refusals) {
      expect(await resolveSsoSignIn(getDb(), assertion, META)).toEqual({ ok: false, reason });
    }
    expect(await getDb().select().from(users).where(eq(users.email, "mallory@elsewhere.test"))).toEqual([]);
    expect(await getDb().select().from(userIdentities).where(eq(userIdentities.userId, t.members[1]!.userId))).toEqual([]);

    const carol = await resolveSsoSignIn(getDb(), t.assertion("carol"), META);
    if (!carol.ok) throw new Error("refused");
    await getDb().update(memberships).set({ status: "inactive" }).where(eq(memberships.userId, carol.userId));
    expect(await resolveSsoSignIn(getDb(), t.assertion("carol"), META)).toEqual({ ok: false, reason: "inactive" });
    const failed = (await eventsOf(t.tenantId)).filter((e) => e.action === "auth.sign_in.failed").map((e) => (e.details as { reason: string }).reason);
    expect(failed).toEqual(["unauthorized_domain", "unverified_email", "link_required", "inactive"]);
  });
});

describe("strict mode and finding the tenant", () => {
  it("refuses a Builder's password sign-in with sso_required and lets the Admin in", async () => {
    const t = await ssoTenant();
    await getDb().update(tenantSettings).set({ authorizedDomains: [], ssoStrict: true }).where(eq(tenantSettings.tenantId, t.tenantId));
    const meta = () => ({ ...META, ip: `2001:db8::5:${randomUUID().slice(0, 4)}` });
    expect(await authenticatePassword(getDb(), { identifier: t.members[1]!.email, password: PASSWORD }, meta())).toEqual({ ok: false, reason: "sso_required" });
    expect(await authenticatePassword(getDb(), { identifier: t.members[0]!.email, password: PASSWORD }, meta())).toMatchObject({ ok: true, tenantId: t.tenantId });
  });

  it("finds an enabled connection by e-mail domain or tenant name, and nothing for a disabled one", async () => {
    const t = await ssoTenant();
    await getDb().insert(ssoConnections).values({ tenantId: t.tenantId, protocol: "oidc", enabled: false });
    expect(await findSsoTenant(`x@${t.domain}`)).toBeNull();
    await getDb().update(ssoConnections).set({ enabled: true }).where(eq(ssoConnections.tenantId, t.tenantId));
    expect(await findSsoTenant(`X@${t.domain.toUpperCase()}`)).toEqual({ tenantId: t.tenantId, tenantName: t.tenantName, protocol: "oidc" });
    expect(await findSsoTenant(t.tenantName.toLowerCase())).toMatchObject({ tenantId: t.tenantId });
    expect(await findSsoTenant("nobody@unknown.test")).toBeNull();
  });
});
