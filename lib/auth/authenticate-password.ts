import "server-only";
import { and, asc, eq, or } from "drizzle-orm";
import { memberships, tenantSettings, tenants, users } from "@/db/schema";
import { record, type AuditContext, type AuditEntry } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db";
import { isMemberAuthorized } from "./authorized-domains";
import type { RequestMeta } from "./caller";
import { burnVerifyTime, hashPassword, needsRehash, verifyPassword } from "./password-hash";
import { createSession } from "./sessions";
import { createChallenge, type ChallengePurpose } from "./sign-in-challenge";
import { isSsoOnly } from "./sso-only";
import { twoFactorStatus } from "@/lib/two-factor/second-factor-store";
import { releaseReservation, reserveAttempt, resetThrottle } from "./throttle";
import { ACCOUNT_FREE_FAILURES, IP_FREE_FAILURES, IP_WINDOW_MINUTES } from "./throttle-policy";

export type PasswordSignInResult =
  | { ok: true; sessionToken: string; userId: string; tenantId: string }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  | { ok: false; reason: "no_active_membership" }
  /** Every active membership is in a tenant whose authorized domains exclude this non-Admin's e-mail (SPEC §9). */
  | { ok: false; reason: "unauthorized_domain" }
  /** Every such membership is a non-Admin one in a tenant whose strict mode allows only its SSO (SPEC §9). */
  | { ok: false; reason: "sso_required" }
  /**
   * The password was right, but no session exists yet: the second step (a code, or enrolment when the tenant requires
   * two-factor) continues with this challenge token, which authorizes nothing else.
   */
  | { ok: false; reason: "second_step"; purpose: ChallengePurpose; challengeToken: string };

const ACCOUNT_WINDOW_MINUTES = 24 * 60;
const NIL_UUID = "00000000-0000-0000-0000-000000000000";
const MAX_IDENTIFIER = 254;
const MAX_PASSWORD = 128;

export type KnownUser = { id: string; email: string; passwordHash: string | null };

async function findUser(db: Db, identifier: string): Promise<KnownUser | undefined> {
  const [user] = await db
    .select({ id: users.id, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(or(eq(users.email, identifier), eq(users.username, identifier)))
    .limit(1);
  return user;
}

async function tenantsOf(tx: Tx, userId: string): Promise<string[]> {
  const rows = await tx.select({ tenantId: memberships.tenantId }).from(memberships).where(eq(memberships.userId, userId));
  return rows.map((r) => r.tenantId);
}

/** Sign-in events go to every tenant the account belongs to (its admins should see attacks on it), else to the deployment log. */
export async function recordForAccount(tx: Tx, user: KnownUser | undefined, meta: RequestMeta, entry: AuditEntry, label: string) {
  // Queried for unknown accounts too (with the nil id), so both cost the same round trips.
  const tenantIds = await tenantsOf(tx, user?.id ?? NIL_UUID);
  const actor: AuditContext["actor"] = user ? { type: "user", id: user.id, label: user.email } : { type: "anonymous", label };
  for (const tenantId of tenantIds.length ? tenantIds : [null]) {
    await record(tx, { tenantId, actor, ...meta }, entry);
  }
}

/** An enrolled user proves the second factor; in a tenant that requires two-factor, anyone else enrols first. */
export async function secondStepFor(tx: Tx, userId: string, tenantRequiresIt: boolean): Promise<ChallengePurpose | null> {
  if ((await twoFactorStatus(tx, userId)).enabled) return "verify";
  return tenantRequiresIt ? "enrol" : null;
}

/**
 * Email-or-username + password sign-in (SPEC §11). Unknown accounts, accounts without a password and wrong passwords
 * all answer `invalid_credentials` after the same argon2 work; throttling is counted before the password check.
 */
export async function authenticatePassword(
  db: Db,
  input: { identifier: string; password: string },
  meta: RequestMeta,
): Promise<PasswordSignInResult> {
  const identifier = input.identifier.trim().toLowerCase().slice(0, MAX_IDENTIFIER);
  const password = input.password.slice(0, MAX_PASSWORD + 1);
  const user = identifier ? await findUser(db, identifier) : undefined;
  const accountKey = user ? `account:${user.id}` : `account:${identifier}`;
  const ipKey = meta.ip ? `ip:${meta.ip}` : undefined;
  const shownIdentifier = identifier.slice(0, 80);

  const reservation = await db.transaction(async (tx) => {
    if (ipKey) {
      const ip = await reserveAttempt(tx, { key: ipKey, freeFailures: IP_FREE_FAILURES, windowMinutes: IP_WINDOW_MINUTES });
      if (!ip.allowed) return ip;
    }
    const account = await reserveAttempt(tx, { key: accountKey, freeFailures: ACCOUNT_FREE_FAILURES, windowMinutes: ACCOUNT_WINDOW_MINUTES });
    // No password was tried, so the source is not charged for it.
    if (!account.allowed && ipKey) await releaseReservation(tx, ipKey);
    return account;
  });
  if (!reservation.allowed) {
    await db.transaction((tx) =>
      recordForAccount(tx, user, meta, { action: "auth.sign_in.throttled", details: { identifier: shownIdentifier, retryAfterSeconds: reservation.retryAfterSeconds } }, shownIdentifier),
    );
    return { ok: false, reason: "throttled", retryAfterSeconds: reservation.retryAfterSeconds };
  }

  const passwordOk = user?.passwordHash && password.length <= MAX_PASSWORD
    ? await verifyPassword(user.passwordHash, password)
    : (await burnVerifyTime(password), false);

  if (!user || !passwordOk) {
    await db.transaction((tx) =>
      recordForAccount(tx, user, meta, { action: "auth.sign_in.failed", details: { identifier: shownIdentifier, reason: "invalid_credentials" } }, shownIdentifier),
    );
    return { ok: false, reason: "invalid_credentials" };
  }

  const rehash = needsRehash(user.passwordHash!) ? await hashPassword(password) : undefined;
  return db.transaction(async (tx) => {
    // The same order as the reservation (IP, then account): two sign-ins of one account from one address never deadlock.
    if (ipKey) await releaseReservation(tx, ipKey);
    await resetThrottle(tx, accountKey);
    const active = await tx
      .select({ tenantId: memberships.tenantId, role: memberships.role, authorizedDomains: tenantSettings.authorizedDomains, ssoStrict: tenantSettings.ssoStrict, requireTwoFactor: tenantSettings.requireTwoFactor })
      .from(memberships)
      .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
      .innerJoin(tenantSettings, eq(tenantSettings.tenantId, memberships.tenantId))
      .where(and(eq(memberships.userId, user.id), eq(memberships.status, "active")))
      .orderBy(asc(memberships.createdAt));
    const authorized = active.filter((m) => isMemberAuthorized({ email: user.email, role: m.role }, m.authorizedDomains));
    const membership = authorized.find((m) => !isSsoOnly(m.ssoStrict, m.role));
    if (!membership) {
      const reason = authorized.length ? "sso_required" : active.length ? "unauthorized_domain" : "no_active_membership";
      await recordForAccount(tx, user, meta, { action: "auth.sign_in.failed", details: { identifier: shownIdentifier, reason } }, shownIdentifier);
      return { ok: false, reason } as const;
    }
    const purpose = await secondStepFor(tx, user.id, membership.requireTwoFactor);
    if (purpose) {
      if (rehash) await tx.update(users).set({ passwordHash: rehash }).where(eq(users.id, user.id));
      const challengeToken = await createChallenge(tx, { userId: user.id, tenantId: membership.tenantId, purpose });
      return { ok: false, reason: "second_step", purpose, challengeToken } as const;
    }
    const sessionToken = await createSession(tx, { userId: user.id, tenantId: membership.tenantId, ...meta });
    await tx
      .update(users)
      .set({ lastSignInAt: new Date(), ...(rehash ? { passwordHash: rehash } : {}) })
      .where(eq(users.id, user.id));
    await record(tx, { tenantId: membership.tenantId, actor: { type: "user", id: user.id, label: user.email }, ...meta }, { action: "auth.sign_in.succeeded", details: { method: "password" } });
    return { ok: true, sessionToken, userId: user.id, tenantId: membership.tenantId } as const;
  });
}
