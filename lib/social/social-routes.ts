import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { challengeCookie } from "@/lib/auth/challenge-cookie";
import { getCaller } from "@/lib/auth/current-caller";
import { sessionCookieFor } from "@/lib/auth/session-cookie";
import { getConfig } from "@/lib/config/config";
import { getDb } from "@/lib/db";
import { requestMetaFrom } from "@/lib/request/meta";
import { linkIdentity } from "./link-identity";
import { resolveSocialSignIn } from "./resolve-social-sign-in";
import type { SocialSignInError } from "./social-messages";
import { beginSocial, completeSocial } from "./social-oauth";
import { openSocialFlow, sealSocialFlow, SOCIAL_FLOW_COOKIE, socialFlowCookieOptions, type SocialFlow } from "./social-flow-cookie";
import { configuredSocialProviders } from "./configured-providers";
import { isSocialProvider, type SocialProvider } from "./social-providers";

type Params = { params: Promise<{ provider: string }> };

function redirectTo(path: string): NextResponse {
  const response = NextResponse.redirect(new URL(path, getConfig().appUrl), 303);
  response.cookies.set(SOCIAL_FLOW_COOKIE, "", socialFlowCookieOptions(getConfig().secureCookies, 0));
  return response;
}

const refused = (code: SocialSignInError) => redirectTo(`/sign-in?error=${code}`);

async function configured(params: Params["params"]): Promise<SocialProvider | null> {
  const { provider } = await params;
  return isSocialProvider(provider) && configuredSocialProviders().includes(provider) ? provider : null;
}

/** GET /api/social/<provider>/start[?link=1]: off to the provider, to sign in or (signed in) to link it to oneself. */
export async function startSocial(request: NextRequest, { params }: Params): Promise<NextResponse> {
  const provider = await configured(params);
  if (!provider) return refused("social_unavailable");
  let link: SocialFlow["link"] = null;
  if (request.nextUrl.searchParams.get("link") === "1") {
    const caller = await getCaller();
    if (caller?.kind !== "user") return redirectTo("/sign-in");
    link = { userId: caller.userId, tenantId: caller.tenantId };
  }
  try {
    const { url, flow } = await beginSocial(provider, link);
    const response = NextResponse.redirect(url, 303);
    response.cookies.set(SOCIAL_FLOW_COOKIE, sealSocialFlow(flow), socialFlowCookieOptions(getConfig().secureCookies));
    return response;
  } catch (error) {
    console.error(`[social] ${provider} could not be reached: ${(error as Error).message}`);
    return link ? redirectTo("/settings/profile?link_error=failed#linked-accounts") : refused("social_failed");
  }
}

/** GET /api/social/<provider>/callback: checks the answer against the sealed flow, then links or signs in. */
export async function finishSocial(request: NextRequest, { params }: Params): Promise<NextResponse> {
  const provider = await configured(params);
  const flow = openSocialFlow(request.cookies.get(SOCIAL_FLOW_COOKIE)?.value);
  if (!provider || !flow || flow.provider !== provider) return refused("social_expired");
  let assertion;
  try {
    assertion = await completeSocial(flow, request.nextUrl);
  } catch (error) {
    // The reason helps an attacker more than the user: logged, not shown.
    console.error(`[social] ${provider} ${flow.link ? "link" : "sign-in"} failed: ${(error as Error).message.slice(0, 300)}`);
    return flow.link ? redirectTo("/settings/profile?link_error=failed#linked-accounts") : refused("social_failed");
  }
  const meta = requestMetaFrom(request.headers);
  if (flow.link) {
    const caller = await getCaller();
    if (caller?.kind !== "user" || caller.userId !== flow.link.userId || caller.tenantId !== flow.link.tenantId) return redirectTo("/sign-in");
    const { outcome } = await linkIdentity.execute(caller, { provider, subject: assertion.subject }, meta);
    return redirectTo(outcome === "linked" ? `/settings/profile?linked=${provider}#linked-accounts` : `/settings/profile?link_error=${outcome}#linked-accounts`);
  }
  const result = await resolveSocialSignIn(getDb(), assertion, meta);
  if (result.ok) {
    const response = redirectTo("/settings/profile");
    const cookie = await sessionCookieFor(result.sessionToken);
    response.cookies.set(cookie.name, cookie.value, cookie.options);
    return response;
  }
  if (result.reason === "second_step") {
    const response = redirectTo("/two-factor");
    const cookie = challengeCookie(result.challengeToken);
    response.cookies.set(cookie.name, cookie.value, cookie.options);
    return response;
  }
  return refused(result.reason);
}
