/**
 * What a validly signed assertion answers and until when it could be accepted: read from the signed assertion only,
 * since with assertion-only signatures the Response envelope around it can be rewritten by whoever holds it.
 */
export type SamlAnswer = {
  assertionId: string;
  /** The AuthnRequest ID it answers; null for an unsolicited (IdP-initiated) response. */
  inResponseTo: string | null;
  /** Epoch ms after which the bearer confirmation no longer lets anyone use it (NotOnOrAfter plus clock skew). */
  usableUntil: number;
};

const BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
const MAX_ID_LENGTH = 256;

// xml2js as node-saml configures it: prefixes stripped, attributes under `$`, child elements as arrays.
type Node = Record<string, unknown>;
const children = (node: Node | undefined, name: string): Node[] => (Array.isArray(node?.[name]) ? (node[name] as Node[]) : []);
const attributes = (node: Node | undefined) => (node?.$ ?? {}) as Record<string, string | undefined>;

/**
 * `parsed` is node-saml's xml2js form of the signed assertion (`profile.getAssertion()`); `envelopeInResponseTo` the
 * Response's own attribute, which must agree when present. SAML Web SSO profile §4.1.4.2: a bearer confirmation names
 * the ACS as Recipient, carries NotOnOrAfter and, when solicited, the request's ID.
 */
export function samlAnswerOf(parsed: Record<string, unknown>, envelopeInResponseTo: string | null, o: { acsUrl: string; skewMs: number; now: number }): SamlAnswer {
  const assertion = parsed.Assertion as Node | undefined;
  const assertionId = attributes(assertion).ID ?? "";
  if (!assertionId || assertionId.length > MAX_ID_LENGTH) throw new Error("the assertion has no usable ID");
  const confirmation = children(children(assertion, "Subject")[0], "SubjectConfirmation")
    .filter((c) => attributes(c).Method === BEARER)
    .map((c) => attributes(children(c, "SubjectConfirmationData")[0]))
    .find((data) => data.Recipient === o.acsUrl && Date.parse(data.NotOnOrAfter ?? "") + o.skewMs > o.now);
  if (!confirmation) throw new Error("the assertion has no unexpired bearer confirmation for this ACS URL");
  const inResponseTo = confirmation.InResponseTo || null;
  if (envelopeInResponseTo && envelopeInResponseTo !== inResponseTo) throw new Error("the response's InResponseTo differs from its signed assertion's");
  return { assertionId, inResponseTo, usableUntil: Date.parse(confirmation.NotOnOrAfter!) + o.skewMs };
}
