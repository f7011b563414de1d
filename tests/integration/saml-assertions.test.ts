import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beginSaml, completeSaml, samlServiceProvider } from "@/lib/sso/saml";
import { parseIdpMetadata, type IdpMetadata } from "@/lib/sso/saml-metadata";
import { startSamlIdp, type SamlMode, type TestSamlIdp } from "../support/saml-idp";

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

/** Runs the browser's part by hand: AuthnRequest → IdP login → the SAMLResponse it would post to the ACS. */
async function responseFor(mode: SamlMode): Promise<string> {
  idp.mode = mode;
  const authorize = new URL(await beginSaml(tenantId, metadata, "relay-1"));
  const loginPage = await (await fetch(authorize)).text();
  const hidden = Object.fromEntries([...loginPage.matchAll(/name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, "&").replace(/&quot;/g, '"')]));
  expect(hidden).toMatchObject({ acs: samlServiceProvider(tenantId).acsUrl, spEntityId: samlServiceProvider(tenantId).entityId, relayState: "relay-1" });
  const posted = await (await fetch(new URL("/login", authorize), { method: "POST", body: new URLSearchParams({ ...hidden, login: "ann" }) })).text();
  return /name="SAMLResponse" value="([^"]+)"/.exec(posted)![1]!;
}

describe("SAML assertions", () => {
  it("accepts a signed assertion for this SP and reads the persistent subject, e-mail, name and groups", async () => {
    expect(await completeSaml(tenantId, metadata, await responseFor("ok"))).toEqual({
      tenantId, protocol: "saml", subject: "subject-ann", email: "ann@saml.test", emailVerified: true, name: "Ann", groups: ["ops", "gh-admins"],
    });
  });

  it.each([
    ["unsigned", /signature/i],
    ["tampered", /signature/i],
    ["wrong-audience", /audience/i],
    ["expired", /expired|NotOnOrAfter|too late/i],
  ] as const)("refuses a %s assertion", async (mode, reason) => {
    await expect(completeSaml(tenantId, metadata, await responseFor(mode))).rejects.toThrow(reason);
  });

  it("refuses metadata without a signing certificate or single sign-on URL", () => {
    expect(parseIdpMetadata(idp.metadataXml.replace(/<md:KeyDescriptor[\s\S]*<\/md:KeyDescriptor>/, ""))).toEqual({ ok: false, problem: "The metadata has no signing certificate." });
    expect(parseIdpMetadata("<not-metadata/>")).toMatchObject({ ok: false });
  });
});
