import "server-only";
import { decrypt, encrypt } from "@/lib/crypto/secret-box";

/** The per-attempt secrets of an SSO sign-in between leaving for the IdP and coming back: sealed, short-lived. */
export type SsoFlow = {
  tenantId: string;
  protocol: "oidc" | "saml";
  /** A test run by an Admin records what the IdP said instead of signing anyone in. */
  test: boolean;
  /** The configuration's updatedAt when the attempt began: a test only vouches for the configuration it ran with. */
  configuredAt: number;
  state: string;
  /** OIDC: the ID token's nonce. SAML: the AuthnRequest ID, which the signed assertion's InResponseTo must equal. */
  nonce: string;
  codeVerifier: string;
  expiresAt: number;
};

export const SSO_FLOW_COOKIE = "gatehouse.sso-flow";
export const SSO_FLOW_SECONDS = 600;

export function sealFlow(flow: Omit<SsoFlow, "expiresAt">, now = Date.now()): string {
  return encrypt(JSON.stringify({ ...flow, expiresAt: now + SSO_FLOW_SECONDS * 1000 }));
}

/** Null when missing, altered, sealed with another key or expired. */
export function openFlow(sealed: string | undefined, now = Date.now()): SsoFlow | null {
  if (!sealed) return null;
  try {
    const flow = JSON.parse(decrypt(sealed)) as SsoFlow;
    return flow.expiresAt > now ? flow : null;
  } catch {
    return null;
  }
}

export function flowCookieOptions(secure: boolean, maxAge = SSO_FLOW_SECONDS) {
  // Lax: the IdP sends the browser back with a top-level GET, which carries Lax cookies.
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/api/sso", maxAge };
}
