import "server-only";
import { getConfig } from "@/lib/config/config";

/** Carries the sign-in challenge's random token from the password step to /two-factor; httpOnly, short-lived. */
export function challengeCookie(value: string, maxAgeSeconds = 20 * 60) {
  const secure = getConfig().secureCookies;
  return {
    name: secure ? "__Host-gatehouse.sign-in-challenge" : "gatehouse.sign-in-challenge",
    value,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: maxAgeSeconds },
  };
}
