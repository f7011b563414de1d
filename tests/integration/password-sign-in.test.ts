import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, memberships, sessions } from "@/db/schema";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { hashSessionToken } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db";
import { META, PASSWORD, seedTenant } from "./support/fixtures";

const actionsOf = async (tenantId: string) =>
  (await getDb().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.tenantId, tenantId))).map((e) => e.action);

// Each test signs in from its own documentation-range IP, so per-IP counters never leak between tests or runs.
const freshMeta = () => ({ ...META, ip: `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}` });

describe("password sign-in", () => {
  it("accepts e-mail or username, case-insensitively, and creates a session row and an audit event", async () => {
    const { tenantId, members } = await seedTenant(["builder"]);
    const builder = members[0]!;
    for (const identifier of [builder.email.toUpperCase(), builder.username]) {
      const result = await authenticatePassword(getDb(), { identifier, password: PASSWORD }, freshMeta());
      expect(result).toMatchObject({ ok: true, userId: builder.userId, tenantId });
      if (!result.ok) continue;
      const [row] = await getDb().select().from(sessions).where(eq(sessions.idHash, hashSessionToken(result.sessionToken)));
      expect(row).toMatchObject({ userId: builder.userId, tenantId, userAgent: "vitest" });
      expect(row!.absoluteExpiresAt.getTime() - row!.createdAt.getTime()).toBe(12 * 3600_000);
      expect(row!.idleExpiresAt.getTime() - row!.createdAt.getTime()).toBe(60 * 60_000);
    }
    expect(await actionsOf(tenantId)).toEqual(["auth.sign_in.succeeded", "auth.sign_in.succeeded"]);
  });

  it("gives one answer for a wrong password and an unknown account, and audits both", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    const wrong = await authenticatePassword(getDb(), { identifier: members[0]!.email, password: "not-the-password" }, freshMeta());
    const unknown = await authenticatePassword(getDb(), { identifier: "nobody-at-all@example.test", password: PASSWORD }, freshMeta());
    expect(wrong).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(unknown).toEqual(wrong);
    expect(await actionsOf(tenantId)).toEqual(["auth.sign_in.failed"]);
    const deploymentEvents = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.sign_in.failed"), eq(auditEvents.actorLabel, "nobody-at-all@example.test")))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(deploymentEvents[0]).toMatchObject({ tenantId: null, actorType: "anonymous", ip: expect.stringMatching(/^2001:db8::/) });
    expect(JSON.stringify(deploymentEvents[0]!.details)).not.toContain(PASSWORD);
  });

  it("throttles the 6th consecutive failure, says how long to wait, and a success resets the count", async () => {
    const { members } = await seedTenant(["consumer"]);
    const identifier = members[0]!.username;
    const meta = freshMeta();
    for (let i = 0; i < 5; i++) {
      expect(await authenticatePassword(getDb(), { identifier, password: `wrong-${i}` }, meta)).toMatchObject({ reason: "invalid_credentials" });
    }
    const sixth = await authenticatePassword(getDb(), { identifier, password: PASSWORD }, meta);
    expect(sixth).toMatchObject({ ok: false, reason: "throttled" });
    expect(sixth.ok === false && sixth.reason === "throttled" && sixth.retryAfterSeconds).toBeGreaterThan(25);

    const { members: others } = await seedTenant(["consumer"]);
    const other = others[0]!.username;
    for (let i = 0; i < 4; i++) await authenticatePassword(getDb(), { identifier: other, password: "wrong" }, meta);
    expect(await authenticatePassword(getDb(), { identifier: other, password: PASSWORD }, meta)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) {
      expect(await authenticatePassword(getDb(), { identifier: other, password: "wrong" }, meta)).toMatchObject({ reason: "invalid_credentials" });
    }
  });

  it("is exact under 20 parallel attempts: 5 are checked, 15 throttled", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    const meta = freshMeta();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => authenticatePassword(getDb(), { identifier: members[0]!.email, password: `wrong-${i}` }, meta)),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid_credentials")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(15);
    const actions = await actionsOf(tenantId);
    expect(actions.filter((a) => a === "auth.sign_in.failed")).toHaveLength(5);
    expect(actions.filter((a) => a === "auth.sign_in.throttled")).toHaveLength(15);
  });

  it("limits one source IP across accounts (password spraying)", async () => {
    const meta = freshMeta();
    const run = randomUUID().slice(0, 8);
    const { members } = await seedTenant(["consumer"]);
    let throttledAt = -1;
    for (let i = 0; i < 32 && throttledAt < 0; i++) {
      const r = await authenticatePassword(getDb(), { identifier: `spray-${run}-${i}@example.test`, password: "Winter2026!" }, meta);
      if (!r.ok && r.reason === "throttled") throttledAt = i;
    }
    expect(throttledAt).toBe(30);
    // The real user behind that IP is refused too until the wait is over; from elsewhere they get in.
    expect(await authenticatePassword(getDb(), { identifier: members[0]!.email, password: PASSWORD }, meta)).toMatchObject({ reason: "throttled" });
    expect(await authenticatePassword(getDb(), { identifier: members[0]!.email, password: PASSWORD }, freshMeta())).toMatchObject({ ok: true });
  });

  it("refuses a member whose only membership is inactive, after the password check", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    await getDb().update(memberships).set({ status: "inactive" }).where(and(eq(memberships.tenantId, tenantId), inArray(memberships.userId, [members[0]!.userId])));
    expect(await authenticatePassword(getDb(), { identifier: members[0]!.email, password: PASSWORD }, freshMeta())).toEqual({ ok: false, reason: "no_active_membership" });
  });
});

describe("what a refused attempt costs its source", () => {
  it("an attempt refused by the account's lock does not count against the IP", async () => {
    const { members } = await seedTenant(["consumer", "consumer"]);
    const meta = freshMeta();
    for (let i = 0; i < 5; i++) await authenticatePassword(getDb(), { identifier: members[0]!.email, password: "wrong" }, meta);
    for (let i = 0; i < 40; i++) {
      expect(await authenticatePassword(getDb(), { identifier: members[0]!.email, password: "wrong" }, meta)).toMatchObject({ reason: "throttled" });
    }
    // 5 real failures from this IP so far: another account behind it still signs in.
    expect(await authenticatePassword(getDb(), { identifier: members[1]!.email, password: PASSWORD }, meta)).toMatchObject({ ok: true });
  });
});
