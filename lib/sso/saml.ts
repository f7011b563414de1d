import "server-only";
import { randomBytes } from "node:crypto";
import { SAML, ValidateInResponseTo } from "@node-saml/node-saml";
import { getConfig } from "@/lib/config/config";
import type { SsoAssertion } from "./resolve-sso-sign-in";
import { samlAnswerOf, type SamlAnswer } from "./saml-answer";
import type { IdpMetadata } from "./saml-metadata";

/** The SP's addresses for a tenant: its entity id is also its metadata URL. */
export function samlServiceProvider(tenantId: string) {
  const base = new URL(`/api/sso/saml/${tenantId}/`, getConfig().appUrl).toString();
  return { entityId: `${base}metadata`, metadataUrl: `${base}metadata`, acsUrl: `${base}acs` };
}

const CLOCK_SKEW_MS = 60_000;

function samlFor(tenantId: string, idp: IdpMetadata, requestId?: string): SAML {
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
    // node-saml's request cache is per process; the request ID travels in the sealed flow cookie instead (saml-flow.ts).
    validateInResponseTo: ValidateInResponseTo.never,
    ...(requestId ? { generateUniqueId: () => requestId } : {}),
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    identifierFormat: null,
    disableRequestedAuthnContext: true,
  });
}

export function samlSpMetadataXml(tenantId: string, idp: IdpMetadata): string {
  return samlFor(tenantId, idp).generateServiceProviderMetadata(null, null);
}

/** The IdP's URL for a new AuthnRequest, and that request's ID, which the answering assertion must name. */
export async function beginSaml(tenantId: string, idp: IdpMetadata, relayState: string): Promise<{ url: string; requestId: string }> {
  const requestId = `_${randomBytes(20).toString("hex")}`;
  return { url: await samlFor(tenantId, idp, requestId).getAuthorizeUrlAsync(relayState, undefined, {}), requestId };
}

function attribute(profile: Record<string, unknown>, names: string[]): unknown {
  for (const name of names) if (profile[name] !== undefined) return profile[name];
  return undefined;
}

/**
 * Checks signature, issuer, audience, validity window and the bearer confirmation (recipient, NotOnOrAfter); then reads
 * e-mail, name and groups, and what the assertion answers. Binding to the request and one-time use are the caller's.
 */
export async function completeSaml(tenantId: string, idp: IdpMetadata, samlResponse: string): Promise<{ assertion: SsoAssertion; answer: SamlAnswer }> {
  const { profile } = await samlFor(tenantId, idp).validatePostResponseAsync({ SAMLResponse: samlResponse });
  if (!profile?.nameID) throw new Error("the assertion has no subject");
  const answer = samlAnswerOf(profile.getAssertion?.() ?? {}, typeof profile.inResponseTo === "string" ? profile.inResponseTo : null, { acsUrl: samlServiceProvider(tenantId).acsUrl, skewMs: CLOCK_SKEW_MS, now: Date.now() });
  const attrs = profile as unknown as Record<string, unknown>;
  const email = String(attribute(attrs, ["email", "mail", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"]) ?? profile.nameID);
  if (!email.includes("@")) throw new Error("the assertion has no e-mail address");
  const groups = attribute(attrs, ["groups", "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups"]);
  const name = attribute(attrs, ["name", "displayName"]);
  const assertion: SsoAssertion = {
    tenantId,
    protocol: "saml",
    subject: profile.nameID,
    email,
    emailVerified: true,
    name: typeof name === "string" ? name : null,
    groups: (Array.isArray(groups) ? groups : groups === undefined ? [] : [groups]).map(String).slice(0, 200),
  };
  return { assertion, answer };
}
