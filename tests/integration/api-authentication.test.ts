import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKeys, apiRateLimits, memberships, tenantSettings } from "@/db/schema";
import { EXPIRED_KEY, INVALID_KEY, MISSING_KEY } from "@/lib/api-keys/authenticate-api-key";
import { generateApiKey } from "@/lib/api-keys/key-format";
import { rateLimitBucketOf } from "@/lib/api-keys/key-rate-limit";
import { getConfig } from "@/lib/config/config";
import { getDb } from "@/lib/db";
import * as meRoute from "@/app/api/v1/me/route";
import * as generalRoute from "@/app/api/v1/settings/general/route";
import { callApi, eventsOf, newKey } from "./support/api";
import { seedTenant } from "./support/fixtures";

const me = (key: string | undefined, headers?: Record<string, string>) => callApi(meRoute.GET, { path: "/me", key, headers });

/** Makes every database access throw, for the duration of `run`: proof that a code path never reached the database. */
async function withoutDatabase<T>(run: () => Promise<T>): Promise<T> {
  const slot = globalThis as unknown as { gatehouseDb: { db: unknown } };
  const real = slot.gatehouseDb;
  const touched: string[] = [];
  const trap = new Proxy({}, { get: (_t, property) => (touched.push(String(property)), () => { throw new Error("database touched"); }) });
  slot.gatehouseDb = { ...real, db: trap };
  try {
    const result = await run();
    expect(touched).toEqual([]);
    return result;
  } finally {
    slot.gatehouseDb = real;
  }
}

describe("authenticating /api/v1 with a key", () => {
  it("accepts the key as a Bearer token or in X-API-Key, and acts as its owner", async () => {
    const { tenantId, tenantName, members } = await seedTenant(["builder"]);
    const { secret, id } = await newKey(members[0]!.caller, { scope: "read", name: "Reader" });
    for (const response of [await me(secret), await me(undefined, { "x-api-key": secret }), await me(undefined, { authorization: `bearer  ${secret}` })]) {
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        user: { id: members[0]!.userId, email: members[0]!.email },
        tenant: { id: tenantId, name: tenantName },
        role: "builder",
        apiKey: { id, name: "Reader", scope: "read" },
      });
    }
    const permissions = (await me(secret)).body!.permissions as string[];
    expect(permissions).toContain("members:read");
    expect(permissions).not.toContain("workspaces:create");
  });

  it("refuses a missing, malformed, mistyped, empty or 10 kB key with 401 without touching the database", async () => {
    const valid = generateApiKey();
    const badChecksum = valid.slice(0, -1) + (valid.endsWith("A") ? "B" : "A");
    const responses = await withoutDatabase(async () => [
      await me(undefined),
      await me(`ghp_${valid.slice(4)}`),
      await me(badChecksum),
      await me(""),
      await me(`gth_${"x".repeat(10_240)}`),
      await me(undefined, { "x-api-key": "not-a-key" }),
      await me(undefined, { authorization: `Basic ${Buffer.from(`user:${valid}`).toString("base64")}` }),
    ]);
    for (const response of responses) {
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(response.body).toMatchObject({ type: "urn:gatehouse:problem:unauthenticated", code: "unauthenticated", status: 401, instance: "/api/v1/me" });
    }
    expect(responses[0]!.body!.detail).toBe(MISSING_KEY);
    expect(responses[1]!.body!.detail).toBe(INVALID_KEY);
  });

  it("ignores the session cookie: without a key there is no caller", async () => {
    const response = await me(undefined, { cookie: "gatehouse.session=anything; authjs.session-token=anything" });
    expect(response.status).toBe(401);
    expect(response.body!.detail).toBe(MISSING_KEY);
  });

  it("refuses a well-formed unknown key with 401 and a deleted key the moment it is deleted", async () => {
    const { members } = await seedTenant(["consumer"]);
    expect((await me(generateApiKey())).status).toBe(401);
    const { secret, id } = await newKey(members[0]!.caller);
    expect((await me(secret)).status).toBe(200);
    await getDb().delete(apiKeys).where(eq(apiKeys.id, id));
    expect((await me(secret)).body).toMatchObject({ status: 401, detail: INVALID_KEY });
  });

  it("refuses an expired key with 401 and audits the failure in the key's tenant", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    const { secret, id } = await newKey(members[0]!.caller, { name: "Old key" });
    await getDb().update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, id));
    expect((await me(secret)).body).toMatchObject({ status: 401, detail: EXPIRED_KEY });
    const [event] = await eventsOf(tenantId, "api_key.auth_failed");
    expect(event).toMatchObject({ actorType: "api_key", actorId: id, actorLabel: `Old key (${members[0]!.email})`, targetLabel: "Old key", ip: "203.0.113.7" });
    expect(event!.details).toEqual({ reason: "expired", endpoint: "GET /api/v1/me" });
  });

  it("fails on the next call once the owner is deactivated or removed, and audits it", async () => {
    const { tenantId, members } = await seedTenant(["builder"]);
    const { secret } = await newKey(members[0]!.caller);
    const membership = and(eq(memberships.tenantId, tenantId), eq(memberships.userId, members[0]!.userId));
    expect((await me(secret)).status).toBe(200);
    await getDb().update(memberships).set({ status: "inactive" }).where(membership);
    expect((await me(secret)).body).toMatchObject({ status: 401, detail: INVALID_KEY });
    await getDb().delete(memberships).where(membership);
    expect((await me(secret)).status).toBe(401);
    expect((await eventsOf(tenantId, "api_key.auth_failed")).map((e) => (e.details as { reason: string }).reason)).toEqual(["owner_inactive", "owner_not_member"]);
  });

  it("fails for a non-Admin owner outside the tenant's authorized domains, like their sessions; an Admin's key keeps working", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const adminKey = await newKey(members[0]!.caller);
    const builderKey = await newKey(members[1]!.caller);
    await getDb().update(tenantSettings).set({ authorizedDomains: ["elsewhere.example"] }).where(eq(tenantSettings.tenantId, tenantId));
    expect((await me(builderKey.secret)).body).toMatchObject({ status: 401, detail: INVALID_KEY });
    expect((await me(adminKey.secret)).status).toBe(200);
    const [event] = await eventsOf(tenantId, "api_key.auth_failed");
    expect(event!.details).toMatchObject({ reason: "owner_domain_unauthorized" });
  });

  it("narrows what the key can do on the next call after the owner's role is lowered", async () => {
    const { tenantId, tenantName, members } = await seedTenant(["admin", "admin"]);
    const { secret } = await newKey(members[0]!.caller);
    const rename = (name: string) => callApi(generalRoute.PATCH, { path: "/settings/general", key: secret, body: { name } });
    expect((await rename("Renamed by key")).body).toMatchObject({ name: "Renamed by key" });
    await getDb().update(memberships).set({ role: "builder" }).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, members[0]!.userId)));
    const refused = await rename(tenantName);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: "forbidden", detail: "You do not have permission to do that." });
    expect((await me(secret)).body).toMatchObject({ role: "builder" });
    expect((await callApi(generalRoute.GET, { path: "/settings/general", key: secret })).status).toBe(403);
  });

  it("gives a read-only key 403 on a write and changes nothing", async () => {
    const { tenantId, tenantName, members } = await seedTenant(["admin"]);
    const { secret } = await newKey(members[0]!.caller, { scope: "read" });
    expect((await callApi(generalRoute.GET, { path: "/settings/general", key: secret })).body).toMatchObject({ name: tenantName });
    const refused = await callApi(generalRoute.PATCH, { path: "/settings/general", key: secret, body: { name: "Read-only write" } });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: "forbidden", detail: "This API key is read-only; this request needs a read-write key." });
    expect((await callApi(generalRoute.GET, { path: "/settings/general", key: secret })).body).toMatchObject({ name: tenantName });
    expect(await eventsOf(tenantId, "settings.general.updated")).toHaveLength(0);
  });

  it("answers 429 with Retry-After once the key's per-minute limit is used up", async () => {
    const { members } = await seedTenant(["consumer"]);
    const { secret, id } = await newKey(members[0]!.caller);
    const limit = getConfig().apiRateLimitPerMinute;
    expect((await me(secret)).status).toBe(200);
    await getDb().update(apiRateLimits).set({ count: limit }).where(eq(apiRateLimits.bucket, rateLimitBucketOf(id)));
    const limited = await me(secret);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: "rate_limited", type: "urn:gatehouse:problem:rate_limited" });
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("counts parallel requests exactly", async () => {
    const { members } = await seedTenant(["consumer"]);
    const { secret, id } = await newKey(members[0]!.caller);
    const limit = getConfig().apiRateLimitPerMinute;
    await me(secret);
    await getDb().update(apiRateLimits).set({ count: limit - 5 }).where(eq(apiRateLimits.bucket, rateLimitBucketOf(id)));
    const statuses = (await Promise.all(Array.from({ length: 10 }, () => me(secret)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });

  it("records the last use (time and IP) at most once a minute", async () => {
    const { members } = await seedTenant(["consumer"]);
    const { secret, id } = await newKey(members[0]!.caller);
    const lastUsed = async () => (await getDb().select().from(apiKeys).where(eq(apiKeys.id, id)))[0]!;
    await me(secret);
    const first = await lastUsed();
    expect(first.lastUsedIp).toBe("203.0.113.7");
    expect(first.lastUsedAt).not.toBeNull();
    await me(secret);
    expect((await lastUsed()).lastUsedAt).toEqual(first.lastUsedAt);
    await getDb().update(apiKeys).set({ lastUsedAt: new Date(Date.now() - 61_000) }).where(eq(apiKeys.id, id));
    await me(secret);
    expect((await lastUsed()).lastUsedAt!.getTime()).toBeGreaterThan(first.lastUsedAt!.getTime());
  });
});
