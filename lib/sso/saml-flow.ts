import "server-only";
import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getConfig } from "@/lib/config/config";
import { decrypt, encrypt } from "@/lib/crypto/secret-box";
import { getDb } from "@/lib/db";
import { ssoConnectionFor } from "./find-sso-tenant";
import { failSsoAttempt, finishSsoAttempt, redirectTo, refuseAudited, refused, testerFor } from "./finish-sso";
import { flowCookieOptions, openFlow, sealFlow, SSO_FLOW_COOKIE } from "./flow-cookie";
import type { SsoAssertion } from "./resolve-sso-sign-in";
import { beginSaml, completeSaml } from "./saml";
import type { SamlAnswer } from "./saml-answer";
import { parseIdpMetadata, type IdpMetadata } from "./saml-metadata";
import { spendSamlAssertion } from "./spend-saml-assertion";

/** The ACS's verdict, handed to the finishing step in the URL: sealed, for two minutes, bound to the RelayState. */
type Verdict = { tenantId: string; relayState: string; expiresAt: number } & ({ assertion: SsoAssertion; answer: SamlAnswer } | { error: string });
const VERDICT_SECONDS = 120;

async function samlIdpOf(tenantId: string, test: boolean): Promise<IdpMetadata | null> {
  const row = await ssoConnectionFor(tenantId, { test });
  if (row?.protocol !== "saml" || !row.samlIdpMetadata) return null;
  const parsed = parseIdpMetadata(row.samlIdpMetadata);
  return parsed.ok ? parsed.metadata : null;
}

/**
 * GET /api/sso/saml/start?tenant=<id>[&test=1]: an AuthnRequest by HTTP-Redirect, RelayState = this browser's flow,
 * whose sealed cookie also keeps the request's ID for the answer to match.
 */
export async function startSamlSignIn(request: NextRequest): Promise<NextResponse> {
  const tenantId = z.uuid().safeParse(request.nextUrl.searchParams.get("tenant"));
  const test = request.nextUrl.searchParams.get("test") === "1";
  if (!tenantId.success) return refused("sso_unknown");
  if (test && !(await testerFor(tenantId.data))) return redirectTo("/sign-in");
  const row = await ssoConnectionFor(tenantId.data, { test });
  const idp = await samlIdpOf(tenantId.data, test);
  if (!row || !idp) return refused("sso_disabled");
  const state = randomBytes(24).toString("base64url");
  const { url, requestId } = await beginSaml(tenantId.data, idp, state);
  const response = NextResponse.redirect(url, 303);
  const flow = { tenantId: tenantId.data, protocol: "saml" as const, test, configuredAt: row.updatedAt.getTime(), state, nonce: requestId, codeVerifier: "" };
  response.cookies.set(SSO_FLOW_COOKIE, sealFlow(flow), flowCookieOptions(getConfig().secureCookies));
  return response;
}

/**
 * POST /api/sso/saml/<tenant>/acs: the IdP's cross-site POST carries no Lax cookies, so the response is verified here
 * and the verdict continues by a top-level GET (which does carry them) to /api/sso/saml/finish. A validly signed but
 * unsolicited (IdP-initiated) response answers no flow, so it is refused and audited here.
 */
export async function samlAssertionConsumer(request: NextRequest, tenantId: string): Promise<NextResponse> {
  if (!z.uuid().safeParse(tenantId).success) return refused("sso_unknown");
  const form = await request.formData().catch(() => null);
  const samlResponse = form?.get("SAMLResponse");
  const relayState = String(form?.get("RelayState") ?? "");
  const idp = await samlIdpOf(tenantId, true);
  if (!idp || typeof samlResponse !== "string") return refused("sso_failed");
  const base = { tenantId, relayState, expiresAt: Date.now() + VERDICT_SECONDS * 1000 };
  let verdict: Verdict;
  try {
    const { assertion, answer } = await completeSaml(tenantId, idp, samlResponse);
    if (!answer.inResponseTo) return refuseAudited(request, { tenantId, protocol: "saml" }, "sso_unsolicited", "unsolicited response: IdP-initiated sign-in is not accepted");
    verdict = { ...base, assertion, answer };
  } catch (error) {
    verdict = { ...base, error: error instanceof Error ? error.message : String(error) };
  }
  return redirectTo(`/api/sso/saml/finish?r=${encodeURIComponent(encrypt(JSON.stringify(verdict)))}`);
}

function openVerdict(sealed: string | null): Verdict | null {
  try {
    const verdict = JSON.parse(decrypt(sealed ?? "")) as Verdict;
    return verdict.expiresAt > Date.now() ? verdict : null;
  } catch {
    return null;
  }
}

/**
 * GET /api/sso/saml/finish?r=…: only the browser whose flow cookie matches the RelayState may use the verdict, only
 * if the assertion answers that flow's own AuthnRequest, and only once per assertion (replays are refused).
 */
export async function finishSamlSignIn(request: NextRequest): Promise<NextResponse> {
  const flow = openFlow(request.cookies.get(SSO_FLOW_COOKIE)?.value);
  const verdict = openVerdict(request.nextUrl.searchParams.get("r"));
  if (!flow || flow.protocol !== "saml" || !verdict || verdict.relayState !== flow.state || verdict.tenantId !== flow.tenantId) {
    return refused("sso_expired");
  }
  if (!(await ssoConnectionFor(flow.tenantId, { test: flow.test }))) return refused("sso_disabled");
  if ("error" in verdict) return failSsoAttempt(request, flow, new Error(verdict.error));
  // `?.`: a verdict sealed by an instance still running the code before decision 0084 has no answer.
  if (verdict.answer?.inResponseTo !== flow.nonce) return failSsoAttempt(request, flow, new Error("the response answers another sign-in request (InResponseTo does not match)"));
  const keepUntil = new Date(Math.max(verdict.answer.usableUntil, verdict.expiresAt));
  if (!(await spendSamlAssertion(getDb(), { tenantId: flow.tenantId, assertionId: verdict.answer.assertionId, keepUntil }))) {
    return failSsoAttempt(request, flow, new Error("the assertion was already used (replay)"));
  }
  return finishSsoAttempt(request, flow, verdict.assertion);
}
