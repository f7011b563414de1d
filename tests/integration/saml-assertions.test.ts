import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { NextRequest, type NextResponse } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samlAssertionUses, sessions, ssoConnections, users } from "@/db/schema";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-name";
import { purgeSpentSignInRows } from "@/lib/auth/purge-spent-sign-in-rows";
import { getConfig } from "@/lib/config/config";
import { getDb } from "@/lib/db";
import { SSO_FLOW_COOKIE } from "@/lib/sso/flow-cookie";
import { beginSaml, completeSaml, samlServiceProvider } from "@/lib/sso/saml";
import { finishSamlSignIn, samlAssertionConsumer, startSamlSignIn } from "@/lib/sso/saml-flow";
import { parseIdpMetadata, type IdpMetadata } from "@/lib/sso/saml-metadata";
import { startSamlIdp, type SamlMode, type TestSamlIdp } from "../support/saml-idp";
import { seedTenant } from "./support/fixtures";
import { eventsOf } from "./support/settings-rows";

let idp: TestSamlIdp;
let metadata: IdpMetadata;
const tenantId = randomUUID();

beforeAll(async () => {
  idp = await startSamlIdp({ port: 0 });
  idp.users.set("ann", { email: "ann@saml.test", name: "Ann", groups: ["ops", "gh-admins"] });
  const parsed = parseIdpMetadata(idp.metadataXml);
  if (!parsed.ok) throw new Error(parsed.problem);
  metadata = parsed.metadata;
});
afterAll(() => idp.stop());

/** The browser's part at the IdP: its login form for an AuthnRequest URL, then the form it would post to the ACS. */
async function loginAtIdp(authorizeUrl: string, login: string, mode: SamlMode = "ok"): Promise<{ SAMLResponse: string; RelayState: string; acs: string }> {
  idp.mode = mode;
  const authorize = new URL(authorizeUrl);
  const loginPage = await (await fetch(authorize)).text();
  const hidden = Object.fromEntries([...loginPage.matchAll(/name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, "&").replace(/&quot;/g, '"')]));
  const posted = await (await fetch(new URL("/login", authorize), { method: "POST", body: new URLSearchParams({ ...hidden, login }) })).text();
  return { SAMLResponse: /name="SAMLResponse" value="([^"]+)"/.exec(posted)![1]!, RelayState: hidden.relayState!, acs: hidden.acs! };
}

describe("SAML assertions", () => {
  it("accepts a signed assertion for this SP, reads subject, e-mail, name and groups, and what request it answers", async () => {
    const { url, requestId } = await beginSaml(tenantId, metadata, "relay-1");
    const posted = await loginAtIdp(url, "ann");
    expect(posted).toMatchObject({ acs: samlServiceProvider(tenantId).acsUrl, RelayState: "relay-1" });
    const { assertion, answer } = await completeSaml(tenantId, metadata, posted.SAMLResponse);
    expect(assertion).toEqual({ tenantId, protocol: "saml", subject: "subject-ann", email: "ann@saml.test", emailVerified: true, name: "Ann", groups: ["ops", "gh-admins"] });
    expect(requestId).toMatch(/^_[0-9a-f]{40}$/);
    expect(answer).toMatchObject({ assertionId: expect.stringMatching(/^_[0-9a-f-]{36}$/), inResponseTo: requestId });
    // The stand-in's bearer confirmation ends 5 minutes after issue; 60 s of clock skew are accepted after that.
    expect(answer.usableUntil - Date.now()).toBeGreaterThan(355_000);
    expect(answer.usableUntil - Date.now()).toBeLessThanOrEqual(360_000);
  });

  it("reads an unsolicited (IdP-initiated) response as answering no request", async () => {
    const { url } = await beginSaml(tenantId, metadata, "relay-1");
    const { answer } = await completeSaml(tenantId, metadata, (await loginAtIdp(url, "ann", "unsolicited")).SAMLResponse);
    expect(answer.inResponseTo).toBeNull();
  });

  it.each([
    ["unsigned", /signature/i],
    ["tampered", /signature/i],
    ["wrong-audience", /audience/i],
    ["expired", /expired|NotOnOrAfter|too late/i],
    ["wrong-recipient", /no unexpired bearer confirmation for this ACS URL/],
  ] as const)("refuses a %s assertion", async (mode, reason) => {
    const { url } = await beginSaml(tenantId, metadata, "relay-1");
    await expect(completeSaml(tenantId, metadata, (await loginAtIdp(url, "ann", mode)).SAMLResponse)).rejects.toThrow(reason);
  });

  it("refuses a response whose unsigned envelope names another request than its signed assertion", async () => {
    const { url } = await beginSaml(tenantId, metadata, "relay-1");
    const xml = Buffer.from((await loginAtIdp(url, "ann")).SAMLResponse, "base64").toString("utf8");
    const rewritten = xml.replace(/(<samlp:Response [^>]*InResponseTo=")[^"]*"/, '$1_someone-elses-request"');
    expect(rewritten).not.toBe(xml);
    await expect(completeSaml(tenantId, metadata, Buffer.from(rewritten).toString("base64"))).rejects.toThrow("the response's InResponseTo differs from its signed assertion's");
  });

  it("refuses metadata without a signing certificate or single sign-on URL", () => {
    expect(parseIdpMetadata(idp.metadataXml.replace(/<md:KeyDescriptor[\s\S]*<\/md:KeyDescriptor>/, ""))).toEqual({ ok: false, problem: "The metadata has no signing certificate." });
    expect(parseIdpMetadata("<not-metadata/>")).toMatchObject({ ok: false });
  });
});

/** A tenant with SAML sign-in enabled against the stand-in, and an IdP user of its own. */
async function samlTenant() {
  const { tenantId } = await seedTenant(["admin"]);
  await getDb().insert(ssoConnections).values({ tenantId, protocol: "saml", enabled: true, samlIdpMetadata: idp.metadataXml });
  const login = `user-${randomUUID().slice(0, 8)}`;
  const email = `${login}@saml-routes.test`;
  idp.users.set(login, { email, name: login, groups: [] });
  return { tenantId, login, email };
}

const appUrl = (path: string) => new URL(path, getConfig().appUrl).toString();
const whereTo = (response: NextResponse) => {
  const location = new URL(response.headers.get("location")!);
  return location.pathname + location.search;
};

/** GET /api/sso/saml/start as a browser: the IdP URL it is sent to and the sealed flow cookie it keeps. */
async function startFlow(tenantId: string) {
  const response = await startSamlSignIn(new NextRequest(appUrl(`/api/sso/saml/start?tenant=${tenantId}`)));
  return { authorizeUrl: response.headers.get("location")!, cookie: response.cookies.get(SSO_FLOW_COOKIE)!.value };
}

/** The IdP's form posted to the ACS (cross-site: no cookies), then the ACS's redirect followed with the flow cookie. */
async function postAndFinish(tenantId: string, form: { SAMLResponse: string; RelayState: string }, cookie: string): Promise<NextResponse> {
  const acs = await samlAssertionConsumer(new NextRequest(appUrl(`/api/sso/saml/${tenantId}/acs`), { method: "POST", body: new URLSearchParams(form) }), tenantId);
  expect(whereTo(acs)).toMatch(/^\/api\/sso\/saml\/finish\?r=/);
  return finishSamlSignIn(new NextRequest(acs.headers.get("location")!, { headers: { cookie: `${SSO_FLOW_COOKIE}=${cookie}` } }));
}

const setsSession = (response: NextResponse) => response.cookies.getAll().some((c) => c.value && (SESSION_COOKIE_NAMES as readonly string[]).includes(c.name));
const sessionsOf = async (email: string) =>
  getDb().select({ id: sessions.idHash }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(users.email, email));
const failuresOf = async (tenantId: string) =>
  (await eventsOf(tenantId)).filter((e) => e.action === "auth.sign_in.failed").map((e) => e.details as { reason: string; error: string });

describe("SAML sign-in through the ACS and finish routes", () => {
  it("signs in once and refuses the same SAMLResponse posted again, in the same flow or another, creating no session", async () => {
    const t = await samlTenant();
    const flow = await startFlow(t.tenantId);
    const form = await loginAtIdp(flow.authorizeUrl, t.login);
    const first = await postAndFinish(t.tenantId, form, flow.cookie);
    expect(whereTo(first)).toBe("/settings/profile");
    expect(setsSession(first)).toBe(true);
    expect(await sessionsOf(t.email)).toHaveLength(1);
    const [used] = await getDb().select().from(samlAssertionUses).where(eq(samlAssertionUses.tenantId, t.tenantId));
    expect(used!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 300_000);

    // The same browser (or a thief of its cookie) posting the captured response again, with the same RelayState.
    const replayed = await postAndFinish(t.tenantId, form, flow.cookie);
    expect(whereTo(replayed)).toBe("/sign-in/sso?error=sso_failed");
    expect(setsSession(replayed)).toBe(false);
    // An attacker posting it with their own RelayState and flow cookie: it answers another request.
    const attacker = await startFlow(t.tenantId);
    const theirs = await postAndFinish(t.tenantId, { ...form, RelayState: new URL(attacker.authorizeUrl).searchParams.get("RelayState")! }, attacker.cookie);
    expect(whereTo(theirs)).toBe("/sign-in/sso?error=sso_failed");
    expect(await sessionsOf(t.email)).toHaveLength(1);
    expect(await failuresOf(t.tenantId)).toEqual([
      { method: "saml", reason: "sso_failed", error: "the assertion was already used (replay)" },
      { method: "saml", reason: "sso_failed", error: "the response answers another sign-in request (InResponseTo does not match)" },
    ]);
  });

  it("refuses a response for another flow's AuthnRequest without spending it, so its own flow still signs in", async () => {
    const t = await samlTenant();
    const mine = await startFlow(t.tenantId);
    const other = await startFlow(t.tenantId);
    const form = await loginAtIdp(mine.authorizeUrl, t.login);
    const otherRelayState = new URL(other.authorizeUrl).searchParams.get("RelayState")!;
    expect(otherRelayState).not.toBe(form.RelayState);

    const refused = await postAndFinish(t.tenantId, { ...form, RelayState: otherRelayState }, other.cookie);
    expect(whereTo(refused)).toBe("/sign-in/sso?error=sso_failed");
    expect(await getDb().select().from(users).where(eq(users.email, t.email))).toEqual([]);
    expect(await getDb().select().from(samlAssertionUses).where(eq(samlAssertionUses.tenantId, t.tenantId))).toEqual([]);
    expect(await failuresOf(t.tenantId)).toEqual([{ method: "saml", reason: "sso_failed", error: "the response answers another sign-in request (InResponseTo does not match)" }]);

    expect(whereTo(await postAndFinish(t.tenantId, form, mine.cookie))).toBe("/settings/profile");
    expect(await sessionsOf(t.email)).toHaveLength(1);
  });

  it("refuses an unsolicited (IdP-initiated) response at the ACS with its own reason, audited", async () => {
    const t = await samlTenant();
    const flow = await startFlow(t.tenantId);
    const form = await loginAtIdp(flow.authorizeUrl, t.login, "unsolicited");
    const acs = await samlAssertionConsumer(new NextRequest(appUrl(`/api/sso/saml/${t.tenantId}/acs`), { method: "POST", body: new URLSearchParams(form) }), t.tenantId);
    expect(whereTo(acs)).toBe("/sign-in/sso?error=sso_unsolicited");
    expect(await failuresOf(t.tenantId)).toEqual([{ method: "saml", reason: "sso_unsolicited", error: "unsolicited response: IdP-initiated sign-in is not accepted" }]);
    expect(await getDb().select().from(users).where(eq(users.email, t.email))).toEqual([]);
  });

  it("keeps used assertion IDs until they expire; the hourly purge then drops them", async () => {
    const t = await samlTenant();
    const keyOf = (assertionId: string) => and(eq(samlAssertionUses.tenantId, t.tenantId), eq(samlAssertionUses.assertionId, assertionId));
    await getDb().insert(samlAssertionUses).values([
      { tenantId: t.tenantId, assertionId: "_spent", expiresAt: new Date(Date.now() - 1000) },
      { tenantId: t.tenantId, assertionId: "_live", expiresAt: new Date(Date.now() + 60_000) },
    ]);
    expect((await purgeSpentSignInRows(getDb())).samlAssertions).toBeGreaterThanOrEqual(1);
    expect(await getDb().select().from(samlAssertionUses).where(keyOf("_spent"))).toEqual([]);
    expect(await getDb().select().from(samlAssertionUses).where(keyOf("_live"))).toHaveLength(1);
  });
});
