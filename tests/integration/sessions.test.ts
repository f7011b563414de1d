import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberships, sessions, tenantSettings } from "@/db/schema";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { hashSessionToken } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db";
import { META, seedTenant } from "./support/fixtures";

async function newSession() {
  const { tenantId, members } = await seedTenant(["builder"]);
  const member = members[0]!;
  const token = await getDb().transaction((tx) => createSession(tx, { userId: member.userId, tenantId, ...META }));
  return { tenantId, member, token, idHash: hashSessionToken(token) };
}

describe("server-side sessions", () => {
  it("stores only the token's hash and resolves the caller with role and tenant from the database", async () => {
    const { tenantId, member, token, idHash } = await newSession();
    expect(idHash).not.toContain(token);
    expect(await getDb().select().from(sessions).where(eq(sessions.idHash, token))).toHaveLength(0);
    expect(await resolveSession(getDb(), token)).toMatchObject({ userId: member.userId, tenantId, role: "builder", sessionIdHash: idHash });
  });

  it("a deleted row ends the session at once", async () => {
    const { token, idHash } = await newSession();
    await getDb().delete(sessions).where(eq(sessions.idHash, idHash));
    expect(await resolveSession(getDb(), token)).toBeNull();
  });

  it("an inactive membership ends the session, and a role change shows on the next read", async () => {
    const { tenantId, member, token } = await newSession();
    const where = and(eq(memberships.tenantId, tenantId), eq(memberships.userId, member.userId));
    await getDb().update(memberships).set({ role: "consumer" }).where(where);
    expect(await resolveSession(getDb(), token)).toMatchObject({ role: "consumer" });
    await getDb().update(memberships).set({ status: "inactive" }).where(where);
    expect(await resolveSession(getDb(), token)).toBeNull();
  });

  it("expires after 60 idle minutes and after 12 hours regardless of activity", async () => {
    const { token } = await newSession();
    const now = Date.now();
    expect(await resolveSession(getDb(), token, new Date(now + 59 * 60_000))).not.toBeNull();
    // That read slid the idle expiry forward; 100 more minutes of silence end it.
    expect(await resolveSession(getDb(), token, new Date(now + 159 * 60_000))).toBeNull();

    const active = await newSession();
    for (let minute = 50; minute < 12 * 60; minute += 50) {
      expect(await resolveSession(getDb(), active.token, new Date(now + minute * 60_000))).not.toBeNull();
    }
    expect(await resolveSession(getDb(), active.token, new Date(now + 12 * 3600_000 + 1000))).toBeNull();
  });

  it("a garbage token resolves to nobody", async () => {
    expect(await resolveSession(getDb(), "not-a-token")).toBeNull();
  });
});

describe("the tenant's session policy", () => {
  it("sets the lifetime of new sessions", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    await getDb().update(tenantSettings).set({ sessionIdleMinutes: 15, sessionAbsoluteHours: 2 }).where(eq(tenantSettings.tenantId, tenantId));
    const token = await getDb().transaction((tx) => createSession(tx, { userId: members[0]!.userId, tenantId, ...META }));
    const [row] = await getDb().select().from(sessions).where(eq(sessions.idHash, hashSessionToken(token)));
    expect(row!.idleExpiresAt.getTime() - row!.createdAt.getTime()).toBe(15 * 60_000);
    expect(row!.absoluteExpiresAt.getTime() - row!.createdAt.getTime()).toBe(2 * 3600_000);
    expect(await resolveSession(getDb(), token, new Date(Date.now() + 16 * 60_000))).toBeNull();
  });
});
