import { DOMParser } from "@xmldom/xmldom";

const MD = "urn:oasis:names:tc:SAML:2.0:metadata";
const DS = "http://www.w3.org/2000/09/xmldsig#";
const REDIRECT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

export type IdpMetadata = { entityId: string; ssoUrl: string; certificates: string[] };

/**
 * What the SP needs from pasted IdP metadata: the entity id, the HTTP-Redirect single sign-on URL and the signing
 * certificates (the only keys an assertion's signature is checked against).
 */
export function parseIdpMetadata(xml: string): { ok: true; metadata: IdpMetadata } | { ok: false; problem: string } {
  let doc: Document;
  try {
    doc = new DOMParser({ errorHandler: () => {} }).parseFromString(xml, "text/xml") as unknown as Document;
  } catch {
    return { ok: false, problem: "This is not well-formed XML." };
  }
  const descriptor = doc?.getElementsByTagNameNS(MD, "EntityDescriptor")[0];
  const idp = descriptor?.getElementsByTagNameNS(MD, "IDPSSODescriptor")[0];
  if (!descriptor || !idp) return { ok: false, problem: "Paste the identity provider's SAML 2.0 metadata (an EntityDescriptor with an IDPSSODescriptor)." };
  const entityId = descriptor.getAttribute("entityID") ?? "";
  const sso = Array.from(idp.getElementsByTagNameNS(MD, "SingleSignOnService")).find((s) => s.getAttribute("Binding") === REDIRECT_BINDING);
  const ssoUrl = sso?.getAttribute("Location") ?? "";
  const certificates = Array.from(idp.getElementsByTagNameNS(MD, "KeyDescriptor"))
    .filter((k) => (k.getAttribute("use") ?? "signing") === "signing")
    .flatMap((k) => Array.from(k.getElementsByTagNameNS(DS, "X509Certificate")))
    .map((c) => (c.textContent ?? "").replace(/\s+/g, ""))
    .filter(Boolean);
  if (!entityId) return { ok: false, problem: "The metadata has no entityID." };
  if (!/^https?:\/\//.test(ssoUrl)) return { ok: false, problem: "The metadata has no single sign-on URL with the HTTP-Redirect binding." };
  if (!certificates.length) return { ok: false, problem: "The metadata has no signing certificate." };
  return { ok: true, metadata: { entityId, ssoUrl, certificates } };
}
