import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships, sessions, tenantSettings, tenants, users } from "@/db/schema";
import type { Db, Tx } from "@/lib/db";
import { isMemberAuthorized } from "./authorized-domains";
import type { RequestMeta, SessionCaller } from "./caller";
import { initialSessionTimes, isSessionExpired, LAST_SEEN_WRITE_INTERVAL_MS, slideIdleExpiry } from "./session-policy";
import { hashSessionToken, newSessionToken } from "./session-token";

/**
 * Creates the row and returns the raw token (for the cookie only; never stored, logged or audited). `absoluteHours`
 * replaces the tenant's lifetime for sessions started through its SSO (the SSO session lifetime).
 */
export async function createSession(tx: Tx, input: { userId: string; tenantId: string; absoluteHours?: number } & RequestMeta): Promise<string> {
  const token = newSessionToken();
  const now = new Date();
  const [policy] = await tx
    .select({ idleMinutes: tenantSettings.sessionIdleMinutes, absoluteHours: tenantSettings.sessionAbsoluteHours })
    .from(tenantSettings)
    .where(eq(tenantSettings.tenantId, input.tenantId));
  if (!policy) throw new Error("tenant settings row missing");
  await tx.insert(sessions).values({
    idHash: hashSessionToken(token),
    userId: input.userId,
    tenantId: input.tenantId,
    createdAt: now,
    lastSeenAt: now,
    ...initialSessionTimes({ ...policy, absoluteHours: input.absoluteHours ?? policy.absoluteHours }, now),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 512) ?? null,
  });
  return token;
}

/**
 * The caller behind a session token, or null when the session was revoked, has expired, or its membership is no
 * longer Active. Runs on every authenticated request: one indexed join, plus a write at most once a minute.
 */
export async function resolveSession(db: Db, token: string, now = new Date()): Promise<SessionCaller | null> {
  const idHash = hashSessionToken(token);
  const [row] = await db
    .select({
      idleExpiresAt: sessions.idleExpiresAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      email: users.email,
      username: users.username,
      name: users.name,
      tenantId: tenants.id,
      tenantName: tenants.name,
      role: memberships.role,
      status: memberships.status,
      idleMinutes: tenantSettings.sessionIdleMinutes,
      absoluteHours: tenantSettings.sessionAbsoluteHours,
      dateFormat: tenantSettings.dateFormat,
      timeFormat: tenantSettings.timeFormat,
      authorizedDomains: tenantSettings.authorizedDomains,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(tenants, eq(tenants.id, sessions.tenantId))
    .innerJoin(memberships, and(eq(memberships.tenantId, sessions.tenantId), eq(memberships.userId, sessions.userId)))
    .innerJoin(tenantSettings, eq(tenantSettings.tenantId, sessions.tenantId))
    .where(eq(sessions.idHash, idHash))
    .limit(1);
  if (!row || row.status !== "active" || isSessionExpired(row, now)) return null;
  // A domain removed from the tenant's list ends the sessions of its non-Admin members here, on their next request.
  if (!isMemberAuthorized(row, row.authorizedDomains)) return null;

  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_WRITE_INTERVAL_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, idleExpiresAt: slideIdleExpiry(row, row.absoluteExpiresAt, now) })
      .where(eq(sessions.idHash, idHash));
  }
  return {
    kind: "user",
    userId: row.userId,
    email: row.email,
    username: row.username,
    name: row.name,
    tenantId: row.tenantId,
    tenantName: row.tenantName,
    role: row.role,
    sessionIdHash: idHash,
    displayFormat: { dateFormat: row.dateFormat, timeFormat: row.timeFormat },
  };
}

export async function deleteSession(tx: Tx, idHash: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.idHash, idHash));
}
