import "server-only";
import { SAML, ValidateInResponseTo } from "@node-saml/node-saml";
import { getConfig } from "@/lib/config/config";
import type { SsoAssertion } from "./resolve-sso-sign-in";
import type { IdpMetadata } from "./saml-metadata";

/** The SP's addresses for a tenant: its entity id is also its metadata URL. */
export function samlServiceProvider(tenantId: string) {
  const base = new URL(`/api/sso/saml/${tenantId}/`, getConfig().appUrl).toString();
  return { entityId: `${base}metadata`, metadataUrl: `${base}metadata`, acsUrl: `${base}acs` };
}

function samlFor(tenantId: string, idp: IdpMetadata): SAML {
  const sp = samlServiceProvider(tenantId);
  return new SAML({
    issuer: sp.entityId,
    callbackUrl: sp.acsUrl,
    audience: sp.entityId,
    entryPoint: idp.ssoUrl,
    idpIssuer: idp.entityId,
    idpCert: idp.certificates,
    // Every assertion must carry its own valid signature; a signed envelope around an unsigned assertion is not enough.
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    // The response is bound to the browser by RelayState and the sealed flow cookie instead of an in-memory request cache.
    validateInResponseTo: ValidateInResponseTo.never,
    acceptedClockSkewMs: 60_000,
    identifierFormat: null,
    disableRequestedAuthnContext: true,
  });
}

export function samlSpMetadataXml(tenantId: string, idp: IdpMetadata): string {
  return samlFor(tenantId, idp).generateServiceProviderMetadata(null, null);
}

export function beginSaml(tenantId: string, idp: IdpMetadata, relayState: string): Promise<string> {
  return samlFor(tenantId, idp).getAuthorizeUrlAsync(relayState, undefined, {});
}

function attribute(profile: Record<string, unknown>, names: string[]): unknown {
  for (const name of names) if (profile[name] !== undefined) return profile[name];
  return undefined;
}

/** Checks signature, issuer, audience, recipient and validity window; then reads e-mail, name and groups. */
export async function completeSaml(tenantId: string, idp: IdpMetadata, samlResponse: string): Promise<SsoAssertion> {
  const { profile } = await samlFor(tenantId, idp).validatePostResponseAsync({ SAMLResponse: samlResponse });
  if (!profile?.nameID) throw new Error("the assertion has no subject");
  const attrs = profile as unknown as Record<string, unknown>;
  const email = String(attribute(attrs, ["email", "mail", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"]) ?? profile.nameID);
  if (!email.includes("@")) throw new Error("the assertion has no e-mail address");
  const groups = attribute(attrs, ["groups", "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups"]);
  const name = attribute(attrs, ["name", "displayName"]);
  return {
    tenantId,
    protocol: "saml",
    subject: profile.nameID,
    email,
    emailVerified: true,
    name: typeof name === "string" ? name : null,
    groups: (Array.isArray(groups) ? groups : groups === undefined ? [] : [groups]).map(String).slice(0, 200),
  };
}
