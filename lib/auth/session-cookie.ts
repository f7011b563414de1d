import "server-only";
import { encode } from "next-auth/jwt";
import { getConfig } from "@/lib/config/config";
import { getSecrets } from "@/lib/config/secrets";
import { sessionCookieName } from "./cookie-name";
import { MAX_SESSION_HOURS } from "./session-policy";

/**
 * The same cookie Auth.js sets after a password sign-in (a JWT holding only the session token), for flows that run
 * outside Auth.js (tenant SSO): lib/auth/current-caller.ts reads both alike.
 */
export async function sessionCookieFor(sessionToken: string) {
  const secure = getConfig().secureCookies;
  const name = sessionCookieName(secure);
  const maxAge = MAX_SESSION_HOURS * 3600;
  const value = await encode({ token: { sid: sessionToken }, secret: getSecrets().authSecret, salt: name, maxAge });
  return { name, value, options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge } };
}
