import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getConfig } from "@/lib/config/config";
import { ssoConnectionFor } from "./find-sso-tenant";
import { failSsoAttempt, finishSsoAttempt, redirectTo, refused, testerFor } from "./finish-sso";
import { flowCookieOptions, openFlow, sealFlow, SSO_FLOW_COOKIE } from "./flow-cookie";
import { beginOidc, completeOidc, type OidcSettings } from "./oidc";

function oidcSettingsOf(row: { oidcIssuer: string | null; oidcClientId: string | null; oidcClientSecretEncrypted: string | null }): OidcSettings | null {
  if (!row.oidcIssuer || !row.oidcClientId || !row.oidcClientSecretEncrypted) return null;
  return { issuer: row.oidcIssuer, clientId: row.oidcClientId, clientSecretEncrypted: row.oidcClientSecretEncrypted };
}

/** GET /api/sso/oidc/start?tenant=<id>[&test=1]: off to the tenant's IdP with PKCE, state and nonce. */
export async function startOidcSignIn(request: NextRequest): Promise<NextResponse> {
  const tenantId = z.uuid().safeParse(request.nextUrl.searchParams.get("tenant"));
  const test = request.nextUrl.searchParams.get("test") === "1";
  if (!tenantId.success) return refused("sso_unknown");
  if (test && !(await testerFor(tenantId.data))) return redirectTo("/sign-in");
  const row = await ssoConnectionFor(tenantId.data, { test });
  const settings = row?.protocol === "oidc" ? oidcSettingsOf(row) : null;
  if (!row || !settings) return refused("sso_disabled");
  const base = { tenantId: tenantId.data, test, configuredAt: row.updatedAt.getTime() };
  try {
    const { url, flow } = await beginOidc(settings, base);
    const response = NextResponse.redirect(url, 303);
    response.cookies.set(SSO_FLOW_COOKIE, sealFlow(flow), flowCookieOptions(getConfig().secureCookies));
    return response;
  } catch (error) {
    return failSsoAttempt(request, { ...base, protocol: "oidc", state: "", nonce: "", codeVerifier: "", expiresAt: 0 }, new Error(`the issuer could not be reached (${(error as Error).message})`));
  }
}

/** GET /api/sso/oidc/callback: checks the answer against the sealed flow, then signs in (or records the test). */
export async function finishOidcSignIn(request: NextRequest): Promise<NextResponse> {
  const flow = openFlow(request.cookies.get(SSO_FLOW_COOKIE)?.value);
  if (!flow || flow.protocol !== "oidc") return refused("sso_expired");
  const row = await ssoConnectionFor(flow.tenantId, { test: flow.test });
  const settings = row?.protocol === "oidc" ? oidcSettingsOf(row) : null;
  if (!row || !settings) return refused("sso_disabled");
  try {
    return await finishSsoAttempt(request, flow, await completeOidc(settings, flow, request.nextUrl));
  } catch (error) {
    return failSsoAttempt(request, flow, error);
  }
}
