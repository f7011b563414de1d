import { randomUUID } from "node:crypto";
import http from "node:http";
import { inflateRawSync } from "node:zlib";
import { generate } from "selfsigned";
import { SignedXml } from "xml-crypto";

export type SamlUser = { email: string; name: string; groups: string[] };
/** What the next response looks like: a good one, or one of the forgeries the SP must refuse. */
export type SamlMode = "ok" | "unsigned" | "tampered" | "wrong-audience" | "expired" | "wrong-recipient" | "unsolicited";
export type TestSamlIdp = { entityId: string; metadataXml: string; users: Map<string, SamlUser>; mode: SamlMode; stop: () => Promise<void> };

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const page = (body: string) => `<!doctype html><html lang="en"><head><title>Test IdP</title></head><body>${body}</body></html>`;
const attr = (xml: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1] ?? "";

/** `requestId` null: an unsolicited (IdP-initiated) response, which names no request. */
function assertionXml(o: { entityId: string; requestId: string | null; acs: string; recipient: string; audience: string; login: string; user: SamlUser; expired: boolean }): string {
  const now = Date.now() - (o.expired ? 3_600_000 : 0);
  const inResponseTo = o.requestId === null ? "" : ` InResponseTo="${escape(o.requestId)}"`;
  const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();
  const values = (name: string, list: string[]) =>
    `<saml:Attribute Name="${name}">${list.map((v) => `<saml:AttributeValue>${escape(v)}</saml:AttributeValue>`).join("")}</saml:Attribute>`;
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" Version="2.0" IssueInstant="${at(0)}" Destination="${escape(o.acs)}"${inResponseTo}>` +
    `<saml:Issuer>${escape(o.entityId)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<saml:Assertion ID="_${randomUUID()}" Version="2.0" IssueInstant="${at(0)}"><saml:Issuer>${escape(o.entityId)}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">subject-${escape(o.login)}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData${inResponseTo} NotOnOrAfter="${at(300_000)}" Recipient="${escape(o.recipient)}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${at(-60_000)}" NotOnOrAfter="${at(300_000)}"><saml:AudienceRestriction><saml:Audience>${escape(o.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${at(0)}" SessionIndex="_${randomUUID()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>${values("email", [o.user.email])}${values("name", [o.user.name])}${values("groups", o.user.groups)}</saml:AttributeStatement>` +
    `</saml:Assertion></samlp:Response>`
  );
}

function sign(xml: string, key: { privateKey: string; cert: string }): string {
  const signer = new SignedXml({ privateKey: key.privateKey, publicCert: key.cert });
  signer.addReference({
    xpath: "//*[local-name(.)='Assertion']",
    digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
    transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
  });
  signer.canonicalizationAlgorithm = "http://www.w3.org/2001/10/xml-exc-c14n#";
  signer.signatureAlgorithm = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
  signer.computeSignature(xml, { location: { reference: "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: "after" } });
  return signer.getSignedXml();
}

/**
 * A SAML 2.0 IdP for tests on 127.0.0.1: HTTP-Redirect AuthnRequests in, a login form, then a POST-binding response
 * whose assertion is signed (xml-crypto, RSA-SHA256) with a key pair made for this run.
 */
export async function startSamlIdp(options: { port: number }): Promise<TestSamlIdp> {
  const pems = await generate([{ name: "commonName", value: "Gatehouse test IdP" }], { keySize: 2048, algorithm: "sha256" });
  const key = { privateKey: pems.private, cert: pems.cert };
  const certBody = pems.cert.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");
  const server = http.createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const idp: TestSamlIdp = {
    entityId: `${base}/metadata`,
    metadataXml:
      `<?xml version="1.0"?>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${base}/metadata">` +
      `<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBody}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
      `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${base}/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>`,
    users: new Map(),
    mode: "ok",
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", base);
    if (req.method === "GET" && url.pathname === "/sso") {
      const request = inflateRawSync(Buffer.from(url.searchParams.get("SAMLRequest") ?? "", "base64")).toString("utf8");
      const hidden = { requestId: attr(request, "ID"), acs: attr(request, "AssertionConsumerServiceURL"), spEntityId: /Issuer[^>]*>([^<]+)</.exec(request)?.[1] ?? "", relayState: url.searchParams.get("RelayState") ?? "" };
      const fields = Object.entries(hidden).map(([k, v]) => `<input type="hidden" name="${k}" value="${escape(v)}">`).join("");
      res.setHeader("content-type", "text/html");
      res.end(page(`<form method="post" action="/login">${fields}<label>Login <input name="login"></label><button>Sign in at IdP</button></form>`));
      return;
    }
    if (req.method === "POST" && url.pathname === "/login") {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        const form = new URLSearchParams(body);
        const login = form.get("login") ?? "";
        const user = idp.users.get(login);
        if (!user) return res.writeHead(401).end("unknown login");
        const acs = form.get("acs") ?? "";
        const audience = idp.mode === "wrong-audience" ? "https://someone-else.example/sp" : (form.get("spEntityId") ?? "");
        const requestId = idp.mode === "unsolicited" ? null : (form.get("requestId") ?? "");
        const recipient = idp.mode === "wrong-recipient" ? "https://someone-else.example/acs" : acs;
        const unsigned = assertionXml({ entityId: idp.entityId, requestId, acs, recipient, audience, login, user, expired: idp.mode === "expired" });
        let xml = idp.mode === "unsigned" ? unsigned : sign(unsigned, key);
        // Changing signed content after signing: the digest no longer matches.
        if (idp.mode === "tampered") xml = xml.replace(`<saml:AttributeValue>${escape(user.email)}</saml:AttributeValue>`, "<saml:AttributeValue>ceo@attacker.test</saml:AttributeValue>");
        const fields = `<input type="hidden" name="SAMLResponse" value="${Buffer.from(xml).toString("base64")}"><input type="hidden" name="RelayState" value="${escape(form.get("relayState") ?? "")}">`;
        res.setHeader("content-type", "text/html");
        res.end(page(`<form method="post" action="${escape(acs)}">${fields}<button>Continue to the service</button></form>`));
      });
      return;
    }
    res.writeHead(404).end();
  }
  return idp;
}
