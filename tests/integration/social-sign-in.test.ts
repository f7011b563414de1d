import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { memberships, tenantSettings, userIdentities, users } from "@/db/schema";
import { completeSecondStep } from "@/lib/auth/complete-second-step";
import { getDb } from "@/lib/db";
import { linkIdentity } from "@/lib/social/link-identity";
import { resolveSocialSignIn } from "@/lib/social/resolve-social-sign-in";
import { beginSocial, completeSocial, socialRedirectUri, type SocialAssertion } from "@/lib/social/social-oauth";
import type { SocialProvider } from "@/lib/social/social-providers";
import { unlinkIdentity } from "@/lib/social/unlink-identity";
import { startGithubStandIn, type TestGithub } from "../support/github-oauth";
import { startOidcProvider, type TestOidcProvider } from "../support/oidc-provider";
import { META, seedTenant } from "./support/fixtures";
import { loginAtOidcStandIn } from "./support/oidc-login";
import { eventsOf } from "./support/settings-rows";
import { enrolTwoFactor, totpCode } from "./support/two-factor";

// Before any module reads the configuration: the providers point at this file's stand-ins (allowed: NODE_ENV=test).
const PORTS = vi.hoisted(() => {
  const ports = { github: 3840, google: 3841, microsoft: 3842 };
  Object.assign(process.env, {
    AUTH_GITHUB_ID: "gatehouse-github-test",
    AUTH_GITHUB_SECRET: "github-test-secret-0123456789abcdef",
    AUTH_GITHUB_URL_OVERRIDE: `http://127.0.0.1:${ports.github}`,
    AUTH_GOOGLE_ID: "gatehouse-test",
    AUTH_GOOGLE_SECRET: "idp-test-secret-0123456789abcdef",
    AUTH_GOOGLE_ISSUER_OVERRIDE: `http://127.0.0.1:${ports.google}`,
    AUTH_MICROSOFT_ENTRA_ID_ID: "gatehouse-test",
    AUTH_MICROSOFT_ENTRA_ID_SECRET: "idp-test-secret-0123456789abcdef",
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: `http://127.0.0.1:${ports.microsoft}`,
  });
  return ports;
});

let github: TestGithub;
let google: TestOidcProvider;
let microsoft: TestOidcProvider;

beforeAll(async () => {
  github = await startGithubStandIn({ port: PORTS.github, redirectUri: socialRedirectUri("github") });
  google = await startOidcProvider({ port: PORTS.google, redirectUri: socialRedirectUri("google") });
  microsoft = await startOidcProvider({ port: PORTS.microsoft, redirectUri: socialRedirectUri("microsoft"), extraClaims: ["tid", "oid"] });
});
afterAll(async () => {
  await Promise.all([github?.stop(), google?.stop(), microsoft?.stop()]);
});

/** A whole round trip through a stand-in: our authorization URL, the provider's login, the code exchange. */
async function throughProvider(provider: SocialProvider, login: string): Promise<SocialAssertion> {
  const { url, flow } = await beginSocial(provider, null);
  const sealed = { ...flow, expiresAt: Date.now() + 60_000 };
  if (provider === "github") {
    github.signedInAs = login;
    const response = await fetch(url, { redirect: "manual" });
    return completeSocial(sealed, new URL(response.headers.get("location")!));
  }
  return completeSocial(sealed, await loginAtOidcStandIn(url, login, socialRedirectUri(provider)));
}

async function socialTenant(allow: { allowGithub?: boolean; allowGoogle?: boolean; allowMicrosoft?: boolean } = { allowGithub: true, allowGoogle: true, allowMicrosoft: true }) {
  const seeded = await seedTenant(["admin", "builder"]);
  const domain = `social-${randomUUID().slice(0, 8)}.test`;
  // The seeded members' own domain too, so they pass the domain rule; JIT tests use `domain`.
  const memberDomain = seeded.members[1]!.email.split("@")[1]!;
  await getDb().update(tenantSettings).set({ authorizedDomains: [domain, memberDomain], defaultRole: "builder", ...allow }).where(eq(tenantSettings.tenantId, seeded.tenantId));
  return { ...seeded, domain };
}

let nextGithubId = Math.floor(Math.random() * 1e8);
function githubUser(email: string, verified = true) {
  const login = `gh-${randomUUID().slice(0, 8)}`;
  github.users.set(login, { id: ++nextGithubId, login, name: "Octo Cat", emails: [{ email: "noreply@users.github.test", primary: false, verified: true }, { email, primary: true, verified }] });
  return login;
}

const identitiesOf = (userId: string) => getDb().select().from(userIdentities).where(eq(userIdentities.userId, userId));

describe("social sign-in through the stand-ins", () => {
  it("GitHub: keys the identity by the numeric id, creates a member just-in-time in the one tenant that authorizes the domain and allows GitHub", async () => {
    const t = await socialTenant();
    const login = githubUser(`octo@${t.domain}`);
    const assertion = await throughProvider("github", login);
    expect(assertion).toEqual({ provider: "github", subject: String(nextGithubId), email: `octo@${t.domain}`, emailVerified: true, name: "Octo Cat" });
    const first = await resolveSocialSignIn(getDb(), assertion, META);
    expect(first).toMatchObject({ ok: true, tenantId: t.tenantId });
    if (!first.ok) return;
    expect((await getDb().select().from(memberships).where(eq(memberships.userId, first.userId)))[0]).toMatchObject({ role: "builder", status: "active" });
    expect((await eventsOf(t.tenantId)).filter((e) => e.action.startsWith("social") || e.action === "auth.sign_in.succeeded").map((e) => [e.action, e.details])).toEqual([
      ["social.member.created", { role: "builder", provider: "github" }],
      ["auth.sign_in.succeeded", { method: "github" }],
    ]);
    // GitHub e-mails change; the id does not.
    github.users.get(login)!.emails = [{ email: `renamed@${t.domain}`, primary: true, verified: true }];
    expect(await resolveSocialSignIn(getDb(), await throughProvider("github", login), META)).toMatchObject({ ok: true, userId: first.userId });
  });

  it("never links silently: an e-mail that belongs to a password account is refused, and nothing is linked", async () => {
    const t = await socialTenant();
    const builder = t.members[1]!;
    const result = await resolveSocialSignIn(getDb(), await throughProvider("github", githubUser(builder.email)), META);
    expect(result).toEqual({ ok: false, reason: "link_required" });
    expect(await identitiesOf(builder.userId)).toEqual([]);
    expect((await eventsOf(t.tenantId)).filter((e) => e.action === "auth.sign_in.failed").map((e) => (e.details as { reason: string }).reason)).toEqual(["link_required"]);
  });

  it("links Google from the profile (audited), signs in with it, and unlinks only while another way to sign in remains", async () => {
    const t = await socialTenant();
    const builder = t.members[1]!;
    const login = `g-${randomUUID()}`;
    google.users.set(login, { email: `someone-else@gmail.test`, name: "Builder", groups: [] });
    const assertion = await throughProvider("google", login);
    expect(assertion.subject).toBe(login);
    expect(await linkIdentity.execute(builder.caller, { provider: "google", subject: assertion.subject }, META)).toEqual({ outcome: "linked" });
    expect(await linkIdentity.execute(t.members[0]!.caller, { provider: "google", subject: assertion.subject }, META)).toEqual({ outcome: "taken" });
    expect(await resolveSocialSignIn(getDb(), await throughProvider("google", login), META)).toMatchObject({ ok: true, userId: builder.userId, tenantId: t.tenantId });

    await getDb().update(users).set({ passwordHash: null }).where(eq(users.id, builder.userId));
    await expect(unlinkIdentity.execute(builder.caller, { provider: "google" }, META)).rejects.toThrow("only way to sign in");
    await getDb().insert(userIdentities).values({ userId: builder.userId, provider: "github", subject: `gh-${builder.userId}` });
    await unlinkIdentity.execute(builder.caller, { provider: "google" }, META);
    expect((await identitiesOf(builder.userId)).map((i) => i.provider)).toEqual(["github"]);
    const events = (await eventsOf(t.tenantId)).filter((e) => e.action.startsWith("identity.")).map((e) => [e.action, e.details]);
    expect(events).toEqual([["identity.linked", { provider: "google" }], ["identity.unlinked", { provider: "google" }]]);
  });

  it("Microsoft: keys the identity by tid + oid, never by the e-mail claim", async () => {
    const t = await socialTenant();
    const tid = randomUUID();
    const oid = randomUUID();
    microsoft.users.set("ms-user", { email: `ms@${t.domain}`, name: "Ms User", groups: [], extra: { tid, oid } });
    const assertion = await throughProvider("microsoft", "ms-user");
    expect(assertion).toMatchObject({ provider: "microsoft", subject: `${tid}:${oid}`, email: `ms@${t.domain}`, emailVerified: true });
    const first = await resolveSocialSignIn(getDb(), assertion, META);
    if (!first.ok) throw new Error(`refused: ${first.reason}`);
    expect((await identitiesOf(first.userId))[0]).toMatchObject({ provider: "microsoft", subject: `${tid}:${oid}` });
    // Another object with the same e-mail is not that person.
    microsoft.users.set("ms-impostor", { email: `ms@${t.domain}`, name: "Impostor", groups: [], extra: { tid: randomUUID(), oid } });
    expect(await resolveSocialSignIn(getDb(), await throughProvider("microsoft", "ms-impostor"), META)).toEqual({ ok: false, reason: "link_required" });
  });
});

describe("tenant rules for social sign-in", () => {
  const linked = async (t: Awaited<ReturnType<typeof socialTenant>>, index: number): Promise<SocialAssertion> => {
    const member = t.members[index]!;
    const subject = `sub-${member.userId}`;
    await getDb().insert(userIdentities).values({ userId: member.userId, provider: "github", subject });
    return { provider: "github", subject, email: member.email, emailVerified: true, name: null };
  };

  it("refuses a provider the tenant does not allow", async () => {
    const t = await socialTenant({ allowGoogle: true });
    expect(await resolveSocialSignIn(getDb(), await linked(t, 1), META)).toEqual({ ok: false, reason: "provider_not_allowed" });
    const unknown = githubUser(`new@${t.domain}`);
    expect(await resolveSocialSignIn(getDb(), await throughProvider("github", unknown), META)).toEqual({ ok: false, reason: "invitation_required" });
  });

  it("sends a member with two-factor to the second step, and the sign-in event names the provider", async () => {
    const t = await socialTenant();
    const { secret } = await enrolTwoFactor(t.members[1]!.userId);
    const result = await resolveSocialSignIn(getDb(), await linked(t, 1), META);
    if (result.ok || result.reason !== "second_step") throw new Error("expected the second step");
    expect(result.purpose).toBe("verify");
    expect(await completeSecondStep(getDb(), result.challengeToken, totpCode(secret), META)).toMatchObject({ ok: true });
    const signIns = (await eventsOf(t.tenantId)).filter((e) => e.action === "auth.sign_in.succeeded").map((e) => e.details);
    expect(signIns).toEqual([{ method: "github", secondFactor: "totp" }]);
  });

  it("the tenant's two-factor requirement sends a linked password user to enrolment, but not an account without a password", async () => {
    const t = await socialTenant();
    await getDb().update(tenantSettings).set({ requireTwoFactor: true }).where(eq(tenantSettings.tenantId, t.tenantId));
    expect(await resolveSocialSignIn(getDb(), await linked(t, 1), META)).toMatchObject({ ok: false, reason: "second_step", purpose: "enrol" });
    const providerOnly = await resolveSocialSignIn(getDb(), await throughProvider("github", githubUser(`solo@${t.domain}`)), META);
    expect(providerOnly).toMatchObject({ ok: true, tenantId: t.tenantId });
  });

  it("strict mode refuses a non-Admin and lets the Admin in", async () => {
    const t = await socialTenant();
    await getDb().update(tenantSettings).set({ ssoStrict: true }).where(eq(tenantSettings.tenantId, t.tenantId));
    expect(await resolveSocialSignIn(getDb(), await linked(t, 1), META)).toEqual({ ok: false, reason: "sso_required" });
    expect(await resolveSocialSignIn(getDb(), await linked(t, 0), META)).toMatchObject({ ok: true, tenantId: t.tenantId });
  });

  it("refuses an unknown e-mail outside every authorized domain, an ambiguous domain and a deactivated member", async () => {
    const t = await socialTenant();
    expect(await resolveSocialSignIn(getDb(), await throughProvider("github", githubUser("stranger@elsewhere.test")), META)).toEqual({ ok: false, reason: "invitation_required" });
    const twin = await socialTenant();
    await getDb().update(tenantSettings).set({ authorizedDomains: [t.domain] }).where(eq(tenantSettings.tenantId, twin.tenantId));
    expect(await resolveSocialSignIn(getDb(), await throughProvider("github", githubUser(`both@${t.domain}`)), META)).toEqual({ ok: false, reason: "invitation_required" });
    expect(await resolveSocialSignIn(getDb(), await throughProvider("github", githubUser(`unverified@${t.domain}`, false)), META)).toEqual({ ok: false, reason: "unverified_email" });
    expect(await getDb().select().from(users).where(eq(users.email, "stranger@elsewhere.test"))).toEqual([]);

    const assertion = await linked(t, 1);
    await getDb().update(memberships).set({ status: "inactive" }).where(and(eq(memberships.tenantId, t.tenantId), eq(memberships.userId, t.members[1]!.userId)));
    expect(await resolveSocialSignIn(getDb(), assertion, META)).toEqual({ ok: false, reason: "inactive" });
  });
});
