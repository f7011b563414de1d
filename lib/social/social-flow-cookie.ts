import "server-only";
import { decrypt, encrypt } from "@/lib/crypto/secret-box";
import type { SocialProvider } from "./social-providers";

/** Per-attempt secrets of a social sign-in or link, sealed in a short-lived cookie (as the tenant SSO flow, 0081). */
export type SocialFlow = {
  provider: SocialProvider;
  /** Set when a signed-in user links the provider from the profile; the callback checks it is still that session's user. */
  link: { userId: string; tenantId: string } | null;
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: number;
};

export const SOCIAL_FLOW_COOKIE = "gatehouse.social-flow";
const FLOW_SECONDS = 600;

export function sealSocialFlow(flow: Omit<SocialFlow, "expiresAt">, now = Date.now()): string {
  return encrypt(JSON.stringify({ ...flow, expiresAt: now + FLOW_SECONDS * 1000 }));
}

export function openSocialFlow(sealed: string | undefined, now = Date.now()): SocialFlow | null {
  if (!sealed) return null;
  try {
    const flow = JSON.parse(decrypt(sealed)) as SocialFlow;
    return flow.expiresAt > now ? flow : null;
  } catch {
    return null;
  }
}

export function socialFlowCookieOptions(secure: boolean, maxAge = FLOW_SECONDS) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/api/social", maxAge };
}
