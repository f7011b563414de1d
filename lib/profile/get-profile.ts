import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { emailChangeRequests, userIdentities, users } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";

export type ProfileDto = {
  name: string;
  username: string;
  email: string;
  hasPassword: boolean;
  /** For accounts without a password: how they sign in ("Google", "your organisation's single sign-on", …). */
  signInWith: string | null;
  pendingEmail: { email: string; expiresAt: Date } | null;
};

const PROVIDER_NAMES: Record<string, string> = { google: "Google", github: "GitHub", microsoft: "Microsoft" };

function providerName(provider: string | undefined): string {
  if (!provider) return "an identity provider";
  return PROVIDER_NAMES[provider] ?? "your organisation's single sign-on (SSO)";
}

export async function getProfile(caller: Caller, now = new Date()): Promise<ProfileDto> {
  if (!callerHas(caller, "profile:read")) throw refuse.forbidden();
  const db = getDb();
  const [user] = await db
    .select({ name: users.name, username: users.username, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, caller.userId));
  if (!user) throw refuse.unauthenticated();
  const [identity] = user.passwordHash
    ? []
    : await db.select({ provider: userIdentities.provider }).from(userIdentities).where(eq(userIdentities.userId, caller.userId)).orderBy(desc(userIdentities.lastUsedAt)).limit(1);
  const [pending] = await db
    .select({ email: emailChangeRequests.newEmail, expiresAt: emailChangeRequests.expiresAt })
    .from(emailChangeRequests)
    .where(and(eq(emailChangeRequests.userId, caller.userId), isNull(emailChangeRequests.usedAt), gt(emailChangeRequests.expiresAt, now)))
    .limit(1);
  return {
    name: user.name,
    username: user.username,
    email: user.email,
    hasPassword: Boolean(user.passwordHash),
    signInWith: user.passwordHash ? null : providerName(identity?.provider),
    pendingEmail: pending ?? null,
  };
}
