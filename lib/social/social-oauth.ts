import "server-only";
import * as client from "openid-client";
import { getConfig, type GithubSocialProvider, type OidcSocialProvider } from "@/lib/config/config";
import { isLoopbackHttp } from "@/lib/sso/insecure-issuer";
import type { SocialFlow } from "./social-flow-cookie";
import type { SocialProvider } from "./social-providers";

/** What a social provider vouched for, keyed by its stable subject (never the mutable e-mail). */
export type SocialAssertion = { provider: SocialProvider; subject: string; email: string | null; emailVerified: boolean; name: string | null };

export function socialRedirectUri(provider: SocialProvider): string {
  return new URL(`/api/social/${provider}/callback`, getConfig().appUrl).toString();
}

function settingsOf(provider: SocialProvider) {
  const settings = getConfig().social[provider];
  if (!settings) throw new Error(`${provider} sign-in is not configured`);
  return settings;
}

function insecureIfLoopback(url: string) {
  return isLoopbackHttp(new URL(url)) ? [client.allowInsecureRequests] : [];
}

async function configurationFor(provider: SocialProvider): Promise<client.Configuration> {
  if (provider === "github") {
    const github = settingsOf(provider) as GithubSocialProvider;
    const config = new client.Configuration(
      { issuer: github.webUrl, authorization_endpoint: `${github.webUrl}/login/oauth/authorize`, token_endpoint: `${github.webUrl}/login/oauth/access_token` },
      github.clientId,
      undefined,
      client.ClientSecretPost(github.clientSecret),
    );
    for (const allow of insecureIfLoopback(github.webUrl)) allow(config);
    return config;
  }
  const oidc = settingsOf(provider) as OidcSocialProvider;
  return client.discovery(new URL(oidc.issuer), oidc.clientId, undefined, client.ClientSecretBasic(oidc.clientSecret), { execute: insecureIfLoopback(oidc.issuer), timeout: 10 });
}

/** The provider's authorization URL with PKCE (S256) and state, plus a nonce for the OpenID providers. */
export async function beginSocial(provider: SocialProvider, link: SocialFlow["link"]) {
  const config = await configurationFor(provider);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = provider === "github" ? "" : client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: socialRedirectUri(provider),
    scope: provider === "github" ? "read:user user:email" : "openid email profile",
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    ...(nonce ? { nonce } : {}),
  });
  return { url, flow: { provider, link, state, nonce, codeVerifier } };
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

async function githubApi<T>(path: string, accessToken: string): Promise<T> {
  const github = settingsOf("github") as GithubSocialProvider;
  const response = await fetch(`${github.apiUrl}${path}`, {
    headers: { authorization: `Bearer ${accessToken}`, accept: "application/vnd.github+json", "user-agent": "Gatehouse" },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`GitHub answered ${response.status} for ${path}`);
  return (await response.json()) as T;
}

/** GitHub: the numeric user id is the subject; the e-mail is the primary verified one from /user/emails. */
async function githubAssertion(accessToken: string): Promise<SocialAssertion> {
  const user = await githubApi<{ id?: unknown; name?: unknown; login?: unknown }>("/user", accessToken);
  if (typeof user.id !== "number" || !Number.isSafeInteger(user.id)) throw new Error("GitHub sent no user id");
  const emails = await githubApi<{ email?: unknown; primary?: unknown; verified?: unknown }[]>("/user/emails", accessToken);
  const primary = Array.isArray(emails) ? emails.find((e) => e.primary === true && e.verified === true) : undefined;
  return { provider: "github", subject: String(user.id), email: text(primary?.email), emailVerified: primary !== undefined, name: text(user.name) ?? text(user.login) };
}

/** Microsoft: tid + oid identify the person across apps and survive e-mail and UPN changes; `sub` is per app. */
function oidcAssertion(provider: "google" | "microsoft", claims: Record<string, unknown>): SocialAssertion {
  let subject = text(claims.sub);
  let emailVerified = claims.email_verified === true;
  if (provider === "microsoft") {
    const tid = text(claims.tid);
    const oid = text(claims.oid);
    subject = tid && oid ? `${tid}:${oid}` : null;
    // Entra does not verify the `email` claim unless it says so (xms_edov): otherwise it only identifies, never matches.
    emailVerified = claims.email_verified === true || claims.xms_edov === true;
  }
  if (!subject) throw new Error(`${provider} sent no stable subject`);
  return { provider, subject, email: text(claims.email), emailVerified, name: text(claims.name) };
}

/** Exchanges the code, checking state, PKCE and (OpenID) the ID token's signature, issuer, audience and nonce. */
export async function completeSocial(flow: SocialFlow, callbackUrl: URL): Promise<SocialAssertion> {
  const config = await configurationFor(flow.provider);
  const current = new URL(socialRedirectUri(flow.provider));
  current.search = callbackUrl.search;
  const openid = flow.provider !== "github";
  const tokens = await client.authorizationCodeGrant(config, current, {
    pkceCodeVerifier: flow.codeVerifier,
    expectedState: flow.state,
    ...(openid ? { expectedNonce: flow.nonce } : {}),
    idTokenExpected: openid,
  });
  if (flow.provider === "github") return githubAssertion(tokens.access_token);
  const idClaims = tokens.claims()!;
  const userInfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
  return oidcAssertion(flow.provider, { ...userInfo, ...idClaims });
}
