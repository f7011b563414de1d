import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ssoConnections, ssoRoleMappings, userIdentities } from "@/db/schema";
import { decrypt } from "@/lib/crypto/secret-box";
import { getDb } from "@/lib/db";
import { recordSsoTest } from "@/lib/sso/record-sso-test";
import { saveOidcConnection } from "@/lib/sso/save-oidc-connection";
import { saveRoleMapping } from "@/lib/sso/save-role-mapping";
import { saveSamlConnection } from "@/lib/sso/save-saml-connection";
import { setSsoEnabled } from "@/lib/sso/set-sso-enabled";
import { updateSsoPolicy } from "@/lib/sso/sso-policy";
import { META, seedTenant } from "./support/fixtures";
import { eventsOf, lastChangeOf, refusalOf, settingsOf } from "./support/settings-rows";

const OIDC = { issuer: "https://idp.example.com/", clientId: "gatehouse", clientSecret: "s3cret-value-never-shown" };
const connectionOf = async (tenantId: string) => (await getDb().select().from(ssoConnections).where(eq(ssoConnections.tenantId, tenantId)))[0];
const rulesOf = (tenantId: string) => getDb().select({ idpGroup: ssoRoleMappings.idpGroup, role: ssoRoleMappings.role }).from(ssoRoleMappings).where(eq(ssoRoleMappings.tenantId, tenantId)).orderBy(ssoRoleMappings.createdAt);

describe("tenant OIDC configuration", () => {
  it("stores the client secret encrypted, keeps it when left blank, and never puts it in the audit event", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const admin = members[0]!.caller;
    expect(await saveOidcConnection.execute(admin, OIDC, META)).toEqual({ changed: true });
    const row = await connectionOf(tenantId);
    expect(row).toMatchObject({ protocol: "oidc", enabled: false, oidcIssuer: "https://idp.example.com", oidcClientId: "gatehouse", testedAt: null });
    expect(row!.oidcClientSecretEncrypted).not.toContain(OIDC.clientSecret);
    expect(decrypt(row!.oidcClientSecretEncrypted!)).toBe(OIDC.clientSecret);

    expect(await saveOidcConnection.execute(admin, { ...OIDC, clientSecret: "" }, META)).toEqual({ changed: false });
    await saveOidcConnection.execute(admin, { ...OIDC, clientId: "other", clientSecret: "" }, META);
    expect(decrypt((await connectionOf(tenantId))!.oidcClientSecretEncrypted!)).toBe(OIDC.clientSecret);

    const events = await eventsOf(tenantId);
    expect(events.map((e) => e.action)).toEqual(["sso.connection.updated", "sso.connection.updated"]);
    expect(JSON.stringify(events)).not.toContain(OIDC.clientSecret);
    expect(events[0]!.details).toMatchObject({ issuer: { before: null, after: "https://idp.example.com" }, credentialsReplaced: true });
    expect(await lastChangeOf(tenantId, "sso_connection")).toMatchObject({ changedBy: admin.userId });
  });

  it("refuses a Builder, bad input next to its field, and a first save without a secret: nothing stored, nothing recorded", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = [members[0]!.caller, members[1]!.caller];
    expect((await refusalOf(saveOidcConnection.execute(builder, OIDC, META))).code).toBe("forbidden");
    const bad = await refusalOf(saveOidcConnection.execute(admin, { ...OIDC, issuer: "http://idp.example.com" }, META));
    expect(bad.fieldErrors).toEqual({ issuer: ["Enter the issuer's https URL (plain http only for localhost)."] });
    const noSecret = await refusalOf(saveOidcConnection.execute(admin, { ...OIDC, clientSecret: "" }, META));
    expect(noSecret.fieldErrors).toEqual({ clientSecret: ["Enter the client secret."] });
    expect(await connectionOf(tenantId)).toBeUndefined();
    expect(await eventsOf(tenantId)).toEqual([]);
  });

  it("enables only after a successful test of the current configuration; a change disables it again; other tenants are untouched", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const other = await seedTenant(["admin"]);
    const admin = members[0]!.caller;
    await saveOidcConnection.execute(admin, OIDC, META);
    await saveOidcConnection.execute(other.members[0]!.caller, OIDC, META);
    const refused = await refusalOf(setSsoEnabled.execute(admin, { enabled: "on" }, META));
    expect(refused.fieldErrors).toEqual({ enabled: ["Test the connection successfully before enabling it."] });

    const configuredAt = (await connectionOf(tenantId))!.updatedAt.getTime();
    expect(await recordSsoTest.execute(admin, { ok: true, summary: "signed in as a@b.test", configuredAt }, META)).toEqual({ ok: true });
    expect(await setSsoEnabled.execute(admin, { enabled: "on" }, META)).toEqual({ changed: true });
    expect(await connectionOf(tenantId)).toMatchObject({ enabled: true, lastTestResult: "Succeeded: signed in as a@b.test" });
    expect(await connectionOf(other.tenantId)).toMatchObject({ enabled: false, testedAt: null });

    await saveOidcConnection.execute(admin, { ...OIDC, clientId: "changed", clientSecret: "" }, META);
    expect(await connectionOf(tenantId)).toMatchObject({ enabled: false, testedAt: null });
    // A test that began before the change vouches for nothing.
    expect(await recordSsoTest.execute(admin, { ok: true, summary: "old", configuredAt }, META)).toEqual({ ok: false });
    expect((await eventsOf(tenantId)).map((e) => e.action)).toEqual(["sso.connection.updated", "sso.connection.tested", "sso.connection.enabled", "sso.connection.updated", "sso.connection.tested"]);
  });
});

describe("role mapping", () => {
  it("saves rules in order and audits before and after", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const admin = members[0]!.caller;
    expect(await saveRoleMapping.execute(admin, { rules: "gh-admins = admin\n\nengineering = Builder\n" }, META)).toEqual({ changed: true });
    expect(await rulesOf(tenantId)).toEqual([{ idpGroup: "gh-admins", role: "admin" }, { idpGroup: "engineering", role: "builder" }]);
    expect(await saveRoleMapping.execute(admin, { rules: "gh-admins = admin\nengineering = builder" }, META)).toEqual({ changed: false });
    const [event] = await eventsOf(tenantId);
    expect(event).toMatchObject({ action: "sso.role_mapping.updated", details: { rules: { before: [], after: [{ idpGroup: "gh-admins", role: "admin" }, { idpGroup: "engineering", role: "builder" }] } } });
  });

  it("refuses rules without an Admin rule, rules that would demote the saving Admin, bad lines and a Builder", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = [members[0]!.caller, members[1]!.caller];
    expect((await refusalOf(saveRoleMapping.execute(admin, { rules: "engineering = builder" }, META))).fieldErrors).toEqual({
      rules: ["At least one rule must grant Admin, or SSO sign-ins could leave the tenant without an Admin."],
    });
    expect((await refusalOf(saveRoleMapping.execute(admin, { rules: "x = owner\nno rule here" }, META))).fieldErrors).toEqual({
      rules: ["Line 1: the role must be admin, builder or consumer (or group:<name> for a Gatehouse group).", 'Line 2: write "IdP group = role" or "IdP group = group:<name>".'],
    });
    // The Admin last came through SSO with only the "ops" group: a mapping that needs "gh-admins" would demote them.
    await getDb().insert(userIdentities).values({ userId: admin.userId, provider: `oidc:${tenantId}`, subject: "admin-sub", lastGroups: ["ops"] });
    expect((await refusalOf(saveRoleMapping.execute(admin, { rules: "gh-admins = admin" }, META))).fieldErrors).toEqual({
      rules: ["Under these rules your own IdP groups would no longer make you Admin: you would lock yourself out."],
    });
    expect((await refusalOf(saveRoleMapping.execute(builder, { rules: "ops = admin" }, META))).code).toBe("forbidden");
    expect(await rulesOf(tenantId)).toEqual([]);
    expect(await eventsOf(tenantId)).toEqual([]);
    expect(await saveRoleMapping.execute(admin, { rules: "ops = admin" }, META)).toEqual({ changed: true });
  });
});

describe("SSO policy", () => {
  it("saves default role, SSO session lifetime and strict mode as one audited change; refuses a Builder and out-of-range hours", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = [members[0]!.caller, members[1]!.caller];
    expect((await refusalOf(updateSsoPolicy.execute(builder, { defaultRole: "admin", ssoSessionHours: "8", ssoStrict: "on" }, META))).code).toBe("forbidden");
    const bad = await refusalOf(updateSsoPolicy.execute(admin, { defaultRole: "builder", ssoSessionHours: "721" }, META));
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(["ssoSessionHours"]);
    expect(await eventsOf(tenantId)).toEqual([]);

    await updateSsoPolicy.execute(admin, { defaultRole: "builder", ssoSessionHours: "8", ssoStrict: "on" }, META);
    expect(await settingsOf(tenantId)).toMatchObject({ defaultRole: "builder", ssoSessionHours: 8, ssoStrict: true });
    const [event] = await eventsOf(tenantId);
    expect(event).toMatchObject({
      action: "settings.sso_policy.updated",
      details: { before: { defaultRole: "consumer", ssoSessionHours: 12, ssoStrict: false }, after: { defaultRole: "builder", ssoSessionHours: 8, ssoStrict: true } },
    });
  });
});

describe("tenant SAML configuration", () => {
  const METADATA =
    '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.example.com/saml">' +
    '<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIBfake</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>' +
    '<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>';

  it("replaces an OIDC provider, disables SSO until tested and audits the IdP's entity id; refuses bad metadata and a Builder", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = [members[0]!.caller, members[1]!.caller];
    await saveOidcConnection.execute(admin, OIDC, META);
    const bad = await refusalOf(saveSamlConnection.execute(admin, { idpMetadata: METADATA.replace(/<md:KeyDescriptor[\s\S]*<\/md:KeyDescriptor>/, "") }, META));
    expect(bad.fieldErrors).toEqual({ idpMetadata: ["The metadata has no signing certificate."] });
    expect((await refusalOf(saveSamlConnection.execute(builder, { idpMetadata: METADATA }, META))).code).toBe("forbidden");
    expect(await connectionOf(tenantId)).toMatchObject({ protocol: "oidc" });

    expect(await saveSamlConnection.execute(admin, { idpMetadata: METADATA }, META)).toEqual({ changed: true });
    expect(await connectionOf(tenantId)).toMatchObject({ protocol: "saml", enabled: false, testedAt: null, oidcClientSecretEncrypted: null, samlIdpMetadata: METADATA });
    const events = await eventsOf(tenantId);
    expect(events.map((e) => e.action)).toEqual(["sso.connection.updated", "sso.connection.updated"]);
    expect(events[1]!.details).toMatchObject({ protocol: { before: "oidc", after: "saml" }, idpEntityId: "https://idp.example.com/saml" });
  });
});
