import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getConfig } from "@/lib/config/config";
import { getSecrets } from "@/lib/config/secrets";
import { getDb } from "@/lib/db";
import type { SessionCaller } from "./caller";
import { sessionCookieName } from "./cookie-name";
import { resolveSession } from "./sessions";

/** The raw session token from the cookie's JWT, or null. */
export const currentSessionToken = cache(async (): Promise<string | null> => {
  const name = sessionCookieName(getConfig().secureCookies);
  const raw = (await cookies()).get(name)?.value;
  if (!raw) return null;
  try {
    const jwt = await decode({ token: raw, secret: getSecrets().authSecret, salt: name });
    return typeof jwt?.sid === "string" ? jwt.sid : null;
  } catch {
    return null;
  }
});

/**
 * The only way code learns who is calling: decodes the cookie, then re-reads the session row, user and membership
 * (once per request). Null when there is no live session.
 */
export const getCaller = cache(async (): Promise<SessionCaller | null> => {
  const token = await currentSessionToken();
  return token ? resolveSession(getDb(), token) : null;
});

/** For pages: the caller, or a redirect to sign-in. */
export async function requireCaller(): Promise<SessionCaller> {
  const caller = await getCaller();
  if (!caller) redirect("/sign-in");
  return caller;
}
