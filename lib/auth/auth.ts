import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getConfig } from "@/lib/config/config";
import { getSecrets } from "@/lib/config/secrets";
import { getDb } from "@/lib/db";
import { requestMetaFrom } from "@/lib/request/meta";
import { authenticatePassword, type PasswordSignInResult } from "./authenticate-password";
import { sessionCookieName } from "./cookie-name";
import { MAX_SESSION_HOURS } from "./session-policy";

declare module "next-auth" {
  interface User {
    sessionToken?: string;
  }
}

/** Carries the refusal reason to the sign-in action (the code never reaches the browser as-is). */
export class PasswordSignInRefused extends CredentialsSignin {
  constructor(readonly refusal: Exclude<PasswordSignInResult, { ok: true }>) {
    super();
    this.code = refusal.reason;
  }
}

/**
 * Auth.js runs the sign-in flows (credentials now, identity providers later). Its JWT carries only the random session
 * token; the session row it points to is checked on every request (lib/auth/current-caller.ts), so revoking works.
 */
export const { handlers, signIn, signOut } = NextAuth(() => {
  const { secureCookies } = getConfig();
  return {
    secret: getSecrets().authSecret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: MAX_SESSION_HOURS * 3600 },
    useSecureCookies: secureCookies,
    cookies: {
      sessionToken: {
        name: sessionCookieName(secureCookies),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies },
      },
    },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        credentials: { identifier: {}, password: {} },
        async authorize(credentials, request) {
          const result = await authenticatePassword(
            getDb(),
            { identifier: String(credentials.identifier ?? ""), password: String(credentials.password ?? "") },
            requestMetaFrom(request.headers),
          );
          if (!result.ok) throw new PasswordSignInRefused(result);
          return { id: result.userId, sessionToken: result.sessionToken };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        return user?.sessionToken ? { sid: user.sessionToken } : token;
      },
    },
    logger: {
      // Failed sign-ins are expected and audited; Auth.js would otherwise print a stack trace for each.
      error(error) {
        if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
      warn() {},
      debug() {},
    },
  };
});
