import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { sessionCookieFor } from "@/lib/auth/session-cookie";
import { getCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getConfig } from "@/lib/config/config";
import { getDb } from "@/lib/db";
import { requestMetaFrom } from "@/lib/request/meta";
import { ssoConnectionFor } from "./find-sso-tenant";
import { flowCookieOptions, openFlow, sealFlow, SSO_FLOW_COOKIE } from "./flow-cookie";
import { beginOidc, completeOidc, type OidcSettings } from "./oidc";
import { recordSsoTest } from "./record-sso-test";
import { resolveSsoSignIn } from "./resolve-sso-sign-in";
import type { SsoError } from "./sso-messages";

const TEST_RESULT_PAGE = "/settings/security?sso_test=done#sso";

function to(path: string): NextResponse {
  return NextResponse.redirect(new URL(path, getConfig().appUrl), 303);
}

function refused(code: SsoError): NextResponse {
  const response = to(`/sign-in/sso?error=${code}`);
  response.cookies.set(SSO_FLOW_COOKIE, "", flowCookieOptions(getConfig().secureCookies, 0));
  return response;
}

function oidcSettingsOf(row: { oidcIssuer: string | null; oidcClientId: string | null; oidcClientSecretEncrypted: string | null }): OidcSettings | null {
  if (!row.oidcIssuer || !row.oidcClientId || !row.oidcClientSecretEncrypted) return null;
  return { issuer: row.oidcIssuer, clientId: row.oidcClientId, clientSecretEncrypted: row.oidcClientSecretEncrypted };
}

/** A test run is an Admin of that very tenant trying the configuration before enabling it. */
async function testerFor(tenantId: string) {
  const caller = await getCaller();
  return caller && caller.tenantId === tenantId && callerHas(caller, "security:update") ? caller : null;
}

/** GET /api/sso/oidc/start?tenant=<id>[&test=1]: off to the tenant's IdP with PKCE, state and nonce. */
export async function startOidcSignIn(request: NextRequest): Promise<NextResponse> {
  const tenantId = z.uuid().safeParse(request.nextUrl.searchParams.get("tenant"));
  const test = request.nextUrl.searchParams.get("test") === "1";
  if (!tenantId.success) return refused("sso_unknown");
  if (test && !(await testerFor(tenantId.data))) return to("/sign-in");
  const row = await ssoConnectionFor(tenantId.data, { test });
  const settings = row?.protocol === "oidc" ? oidcSettingsOf(row) : null;
  if (!row || !settings) return refused("sso_disabled");
  try {
    const { url, flow } = await beginOidc(settings, { tenantId: tenantId.data, test, configuredAt: row.updatedAt.getTime() });
    const response = NextResponse.redirect(url, 303);
    response.cookies.set(SSO_FLOW_COOKIE, sealFlow(flow), flowCookieOptions(getConfig().secureCookies));
    return response;
  } catch (error) {
    console.error(`[sso] OIDC discovery failed for tenant ${tenantId.data}: ${(error as Error).message}`);
    return test ? finishTest(request, tenantId.data, row.updatedAt.getTime(), false, `the issuer could not be reached (${(error as Error).message})`) : refused("sso_failed");
  }
}

async function finishTest(request: NextRequest, tenantId: string, configuredAt: number, ok: boolean, summary: string): Promise<NextResponse> {
  const tester = await testerFor(tenantId);
  if (!tester) return to("/sign-in");
  await recordSsoTest.execute(tester, { ok, summary: summary.slice(0, 500), configuredAt }, requestMetaFrom(request.headers));
  const response = to(TEST_RESULT_PAGE);
  response.cookies.set(SSO_FLOW_COOKIE, "", flowCookieOptions(getConfig().secureCookies, 0));
  return response;
}

/** GET /api/sso/oidc/callback: checks the answer against the sealed flow, then signs in (or records the test). */
export async function finishOidcSignIn(request: NextRequest): Promise<NextResponse> {
  const flow = openFlow(request.cookies.get(SSO_FLOW_COOKIE)?.value);
  if (!flow || flow.protocol !== "oidc") return refused("sso_expired");
  const row = await ssoConnectionFor(flow.tenantId, { test: flow.test });
  const settings = row?.protocol === "oidc" ? oidcSettingsOf(row) : null;
  if (!row || !settings) return refused("sso_disabled");

  let assertion;
  try {
    assertion = await completeOidc(settings, flow, request.nextUrl);
  } catch (error) {
    console.error(`[sso] OIDC sign-in failed for tenant ${flow.tenantId}: ${(error as Error).message}`);
    return flow.test ? finishTest(request, flow.tenantId, flow.configuredAt, false, (error as Error).message) : refused("sso_failed");
  }
  if (flow.test) {
    const groups = assertion.groups.length ? assertion.groups.join(", ") : "none";
    return finishTest(request, flow.tenantId, flow.configuredAt, true, `signed in as ${assertion.email}; IdP groups: ${groups}`);
  }

  const result = await resolveSsoSignIn(getDb(), assertion, requestMetaFrom(request.headers));
  if (!result.ok) return refused(result.reason);
  const response = to("/settings/profile");
  const cookie = await sessionCookieFor(result.sessionToken);
  response.cookies.set(cookie.name, cookie.value, cookie.options);
  response.cookies.set(SSO_FLOW_COOKIE, "", flowCookieOptions(getConfig().secureCookies, 0));
  return response;
}
