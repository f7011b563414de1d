import "server-only";
import * as client from "openid-client";
import { getConfig } from "@/lib/config/config";
import { decrypt } from "@/lib/crypto/secret-box";
import type { SsoFlow } from "./flow-cookie";
import { isLoopbackHttp } from "./insecure-issuer";
import type { SsoAssertion } from "./resolve-sso-sign-in";

export type OidcSettings = { issuer: string; clientId: string; clientSecretEncrypted: string };

export function oidcRedirectUri(): string {
  return new URL("/api/sso/oidc/callback", getConfig().appUrl).toString();
}

/** Discovery on every attempt: one request, and a rotated IdP key or endpoint is picked up without a restart. */
async function configurationFor(settings: OidcSettings): Promise<client.Configuration> {
  const issuer = new URL(settings.issuer);
  return client.discovery(issuer, settings.clientId, undefined, client.ClientSecretBasic(decrypt(settings.clientSecretEncrypted)), {
    execute: isLoopbackHttp(issuer) ? [client.allowInsecureRequests] : [],
    timeout: 10,
  });
}

/** The IdP's authorization URL with PKCE (S256), state and nonce; the flow holds the secrets to check on return. */
export async function beginOidc(settings: OidcSettings, flow: Pick<SsoFlow, "tenantId" | "test" | "configuredAt">) {
  const config = await configurationFor(settings);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: oidcRedirectUri(),
    scope: "openid email profile groups",
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
    ...(flow.test ? { prompt: "login" } : {}),
  });
  return { url, flow: { ...flow, protocol: "oidc" as const, state, nonce, codeVerifier } };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").slice(0, 200) : [];
}

/** Exchanges the code (checking state, nonce and PKCE, the ID token's signature, issuer and audience) for claims. */
export async function completeOidc(settings: OidcSettings, flow: SsoFlow, callbackUrl: URL): Promise<SsoAssertion> {
  const config = await configurationFor(settings);
  // The IdP redirected to our configured URI; rebuild it so a proxy's internal host never leaks into the check.
  const current = new URL(oidcRedirectUri());
  current.search = callbackUrl.search;
  const tokens = await client.authorizationCodeGrant(config, current, {
    pkceCodeVerifier: flow.codeVerifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims()!;
  const userInfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
  const claims = { ...userInfo, ...idClaims };
  const email = typeof claims.email === "string" ? claims.email : "";
  if (!email.includes("@")) throw new Error("the identity provider sent no e-mail address");
  return {
    tenantId: flow.tenantId,
    protocol: "oidc",
    subject: idClaims.sub,
    email,
    emailVerified: claims.email_verified !== false,
    name: typeof claims.name === "string" ? claims.name : null,
    groups: stringList(claims.groups ?? userInfo.groups),
  };
}
