import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { record } from "@/lib/audit/record";
import { getCaller } from "@/lib/auth/current-caller";
import { sessionCookieFor } from "@/lib/auth/session-cookie";
import { callerHas } from "@/lib/authz/caller-has";
import { getConfig } from "@/lib/config/config";
import { getDb } from "@/lib/db";
import { requestMetaFrom } from "@/lib/request/meta";
import { flowCookieOptions, SSO_FLOW_COOKIE, type SsoFlow } from "./flow-cookie";
import { recordSsoTest } from "./record-sso-test";
import { resolveSsoSignIn, type SsoAssertion } from "./resolve-sso-sign-in";
import type { SsoError } from "./sso-messages";

// The protocol-independent ends of an SSO attempt (OIDC and SAML routes share them).

const TEST_RESULT_PAGE = "/settings/security?sso_test=done#sso";

export function redirectTo(path: string): NextResponse {
  return NextResponse.redirect(new URL(path, getConfig().appUrl), 303);
}

function clearFlow(response: NextResponse): NextResponse {
  response.cookies.set(SSO_FLOW_COOKIE, "", flowCookieOptions(getConfig().secureCookies, 0));
  return response;
}

export function refused(code: SsoError): NextResponse {
  return clearFlow(redirectTo(`/sign-in/sso?error=${code}`));
}

/** A test run is an Admin of that very tenant trying the configuration before enabling it. */
export async function testerFor(tenantId: string) {
  const caller = await getCaller();
  return caller && caller.tenantId === tenantId && callerHas(caller, "security:update") ? caller : null;
}

export async function finishTest(request: NextRequest, flow: Pick<SsoFlow, "tenantId" | "configuredAt">, ok: boolean, summary: string): Promise<NextResponse> {
  const tester = await testerFor(flow.tenantId);
  if (!tester) return clearFlow(redirectTo("/sign-in"));
  await recordSsoTest.execute(tester, { ok, summary: summary.slice(0, 500), configuredAt: flow.configuredAt }, requestMetaFrom(request.headers));
  return clearFlow(redirectTo(TEST_RESULT_PAGE));
}

/** The IdP vouched for someone: record the test, or sign them in (JIT, linking rules, role mapping) with our session. */
export async function finishSsoAttempt(request: NextRequest, flow: SsoFlow, assertion: SsoAssertion): Promise<NextResponse> {
  if (flow.test) {
    const groups = assertion.groups.length ? assertion.groups.join(", ") : "none";
    return finishTest(request, flow, true, `signed in as ${assertion.email}; IdP groups: ${groups}`);
  }
  const result = await resolveSsoSignIn(getDb(), assertion, requestMetaFrom(request.headers));
  if (!result.ok) return refused(result.reason);
  const response = clearFlow(redirectTo("/settings/profile"));
  const cookie = await sessionCookieFor(result.sessionToken);
  response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
}

/**
 * A failed attempt (bad signature, audience, expiry, state…): a test records why; a sign-in is audited for the tenant
 * and shows a generic message, since the reason helps an attacker more than the user.
 */
export async function failSsoAttempt(request: NextRequest, flow: SsoFlow, error: unknown): Promise<NextResponse> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  if (!flow.test) return refuseAudited(request, flow, "sso_failed", message);
  logFailure(flow, message);
  return finishTest(request, flow, false, message);
}

function logFailure(flow: Pick<SsoFlow, "tenantId" | "protocol">, message: string) {
  console.error(`[sso] ${flow.protocol} sign-in failed for tenant ${flow.tenantId}: ${message}`);
}

/** A refusal the tenant's audit log keeps, with the technical reason for its Admins (never a secret). */
export async function refuseAudited(request: NextRequest, flow: Pick<SsoFlow, "tenantId" | "protocol">, reason: SsoError, message: string): Promise<NextResponse> {
  logFailure(flow, message);
  await getDb().transaction((tx) =>
    record(tx, { tenantId: flow.tenantId, actor: { type: "anonymous" }, ...requestMetaFrom(request.headers) }, { action: "auth.sign_in.failed", details: { method: flow.protocol, reason, error: message } }),
  );
  return refused(reason);
}
