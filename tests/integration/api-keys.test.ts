import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKeys, tenantSettings } from "@/db/schema";
import { DomainError } from "@/lib/action/errors";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { deleteApiKey } from "@/lib/api-keys/delete-api-key";
import { hashApiKey } from "@/lib/api-keys/key-format";
import { listOwnApiKeys } from "@/lib/api-keys/list-own-api-keys";
import { listTenantApiKeys } from "@/lib/api-keys/list-tenant-api-keys";
import { regenerateApiKey } from "@/lib/api-keys/regenerate-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { updateApiKey } from "@/lib/api-keys/update-api-key";
import { getDb } from "@/lib/db";
import { eventsOf, newKey } from "./support/api";
import { META, seedTenant } from "./support/fixtures";

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const rowsOf = (tenantId: string) => getDb().select().from(apiKeys).where(eq(apiKeys.tenantId, tenantId));

describe("creating an API key", () => {
  it("stores only the hash, returns the secret once and audits the creation", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    const consumer = members[0]!;
    const created = await createApiKey.execute(consumer.caller, { name: "  Deploy bot ", description: "CI", scope: "read", expiry: "7d" }, META);
    expect(created.secret).toMatch(/^gth_/);
    expect(created.key).toMatchObject({ name: "Deploy bot", description: "CI", scope: "read", prefix: "gth_", lastFour: created.secret.slice(-4), expired: false, lastUsedAt: null });
    expect(new Date(created.key.expiresAt!).getTime() - new Date(created.key.createdAt).getTime()).toBe(7 * 86_400_000);

    const [row] = await rowsOf(tenantId);
    expect(row!.secretHash).toBe(hashApiKey(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(4, 36));
    expect(row!.ownerUserId).toBe(consumer.userId);

    const [event] = await eventsOf(tenantId, "api_key.created");
    expect(event).toMatchObject({ actorType: "user", actorId: consumer.userId, targetId: created.key.id, targetLabel: "Deploy bot" });
    expect(JSON.stringify(event)).not.toContain(created.secret.slice(4, 36));
    const listed = await listOwnApiKeys(consumer.caller);
    expect(JSON.stringify(listed)).not.toContain(created.secret.slice(4, 36));
  });

  it("refuses the 6th active key with a message naming the limit; expired keys do not count", async () => {
    const { tenantId, members } = await seedTenant(["builder"]);
    const caller = members[0]!.caller;
    const first = await newKey(caller);
    for (let i = 0; i < 4; i++) await newKey(caller);
    const error = await refusal(newKey(caller));
    expect(error).toMatchObject({ code: "conflict", message: "You already have 5 active API keys, the most this tenant allows. Delete one before creating another." });
    expect(await rowsOf(tenantId)).toHaveLength(5);
    expect(await eventsOf(tenantId, "api_key.created")).toHaveLength(5);

    await getDb().update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, first.id));
    await newKey(caller);
    expect(await rowsOf(tenantId)).toHaveLength(6);
  });

  it("holds the tenant's limit under parallel requests", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    await getDb().update(tenantSettings).set({ maxApiKeysPerOwner: 3 }).where(eq(tenantSettings.tenantId, tenantId));
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => newKey(members[0]!.caller, { name: `k${i}` })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(await rowsOf(tenantId)).toHaveLength(3);
  });

  it("caps the lifetime at the tenant's maximum", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    await getDb().update(tenantSettings).set({ maxApiKeyLifetimeDays: 30 }).where(eq(tenantSettings.tenantId, tenantId));
    for (const expiry of ["never", "90d"]) {
      const error = await refusal(newKey(members[0]!.caller, { expiry }));
      expect(error.fieldErrors).toEqual({ expiry: ["This tenant allows keys to live at most 30 days."] });
    }
    await newKey(members[0]!.caller, { expiry: "30d" });
    expect(await rowsOf(tenantId)).toHaveLength(1);
  });

  it("refuses bad input field by field and stores nothing", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    const error = await refusal(createApiKey.execute(members[0]!.caller, { name: " ", description: "x".repeat(257), scope: "admin", expiry: "5d" }, META));
    expect(error.fieldErrors).toEqual({
      name: ["Enter a name for the key."],
      description: ["A description has at most 256 characters."],
      scope: ["Choose read-only or read-write."],
      expiry: ["Choose when the key expires."],
    });
    expect((await refusal(createApiKey.execute(members[0]!.caller, { name: "x".repeat(65), scope: "read", expiry: "7d" }, META))).fieldErrors).toEqual({
      name: ["A key name has at most 64 characters."],
    });
    expect(await rowsOf(tenantId)).toHaveLength(0);
    expect(await eventsOf(tenantId)).toHaveLength(0);
  });
});

describe("managing one's own keys", () => {
  it("edits name and description only, audited with before and after", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    const { id } = await newKey(members[0]!.caller, { scope: "read" });
    const updated = await updateApiKey.execute(members[0]!.caller, { id, name: "Renamed", description: "Now described", scope: "write" }, META);
    expect(updated).toMatchObject({ name: "Renamed", description: "Now described", scope: "read" });
    const [event] = await eventsOf(tenantId, "api_key.updated");
    expect(event!.details).toEqual({ before: { name: "Test key", description: "" }, after: { name: "Renamed", description: "Now described" } });
  });

  it("regenerates: a new secret and hash, the lifetime again from now, audited without the secret", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    const old = await newKey(members[0]!.caller, { expiry: "7d" });
    await getDb().update(apiKeys).set({ lastUsedAt: new Date(), lastUsedIp: "198.51.100.1" }).where(eq(apiKeys.id, old.id));
    const fresh = await regenerateApiKey.execute(members[0]!.caller, { id: old.id }, META);
    expect(fresh.secret).not.toBe(old.secret);
    expect(fresh.key).toMatchObject({ id: old.id, name: old.key.name, lastUsedAt: null, lastUsedIp: null, lastFour: fresh.secret.slice(-4) });
    const [row] = await rowsOf(tenantId);
    expect(row!.secretHash).toBe(hashApiKey(fresh.secret));
    const [event] = await eventsOf(tenantId, "api_key.regenerated");
    expect(event!.details).toMatchObject({ lastFour: { before: old.secret.slice(-4), after: fresh.secret.slice(-4) } });
    expect(JSON.stringify(event)).not.toContain(fresh.secret.slice(4, 36));
  });

  it("deletes, audited", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    const { id } = await newKey(members[0]!.caller);
    expect(await deleteApiKey.execute(members[0]!.caller, { id }, META)).toEqual({ id });
    expect(await rowsOf(tenantId)).toHaveLength(0);
    expect(await eventsOf(tenantId, "api_key.deleted")).toHaveLength(1);
  });

  it("treats another member's key and another tenant's key as missing, and changes nothing", async () => {
    const a = await seedTenant(["admin", "consumer"]);
    const b = await seedTenant(["admin"]);
    const othersKey = await newKey(a.members[1]!.caller);
    const foreignKey = await newKey(b.members[0]!.caller);
    const admin = a.members[0]!.caller;
    for (const id of [othersKey.id, foreignKey.id, "00000000-0000-4000-8000-000000000000"]) {
      for (const attempt of [
        () => updateApiKey.execute(admin, { id, name: "Hijacked" }, META),
        () => regenerateApiKey.execute(admin, { id }, META),
        () => deleteApiKey.execute(admin, { id }, META),
      ]) {
        expect(await refusal(attempt())).toMatchObject({ code: "not_found", message: "That API key was not found." });
      }
    }
    expect((await rowsOf(a.tenantId)).map((r) => r.name)).toEqual(["Test key"]);
    expect((await rowsOf(b.tenantId)).map((r) => r.secretHash)).toEqual([hashApiKey(foreignKey.secret)]);
    expect(await eventsOf(a.tenantId, "api_key.updated")).toHaveLength(0);
    expect(await eventsOf(b.tenantId)).toHaveLength(1);
    expect((await listOwnApiKeys(admin)).data).toEqual([]);
  });
});

describe("the tenant-wide key list and revoke (Admin)", () => {
  it("lists every key of the tenant with its owner, and only this tenant's", async () => {
    const a = await seedTenant(["admin", "builder", "consumer"]);
    const b = await seedTenant(["admin"]);
    await newKey(a.members[1]!.caller, { name: "builder key" });
    await newKey(a.members[2]!.caller, { name: "consumer key" });
    await newKey(b.members[0]!.caller, { name: "foreign key" });
    const page = await listTenantApiKeys(a.members[0]!.caller);
    expect(page.data.map((k) => [k.name, k.owner.label])).toEqual([
      ["consumer key", a.members[2]!.email],
      ["builder key", a.members[1]!.email],
    ]);
    for (const member of a.members.slice(1)) expect((await refusal(listTenantApiKeys(member.caller))).code).toBe("forbidden");
  });

  it("pages with a cursor, newest first", async () => {
    const { members } = await seedTenant(["admin"]);
    await getDb().update(tenantSettings).set({ maxApiKeysPerOwner: 10 }).where(eq(tenantSettings.tenantId, members[0]!.caller.tenantId));
    for (let i = 0; i < 5; i++) await newKey(members[0]!.caller, { name: `k${i}` });
    const first = await listTenantApiKeys(members[0]!.caller, { limit: "2" });
    const second = await listTenantApiKeys(members[0]!.caller, { limit: "2", cursor: first.nextCursor });
    const third = await listTenantApiKeys(members[0]!.caller, { limit: "2", cursor: second.nextCursor });
    const all = await listTenantApiKeys(members[0]!.caller, { limit: "5" });
    expect([...first.data, ...second.data, ...third.data].map((k) => k.id)).toEqual(all.data.map((k) => k.id));
    expect(new Set(all.data.map((k) => k.name)).size).toBe(5);
    expect(all.data.map((k) => k.createdAt)).toEqual(all.data.map((k) => k.createdAt).sort().reverse());
    expect(third.nextCursor).toBeNull();
    expect((await refusal(listTenantApiKeys(members[0]!.caller, { limit: "500" }))).fieldErrors).toEqual({ limit: ["limit must be a number from 1 to 100."] });
  });

  it("revokes any key of the tenant, audited with its owner; lower roles and other tenants are refused", async () => {
    const a = await seedTenant(["admin", "builder", "consumer"]);
    const b = await seedTenant(["admin"]);
    const key = await newKey(a.members[2]!.caller, { name: "consumer key" });
    for (const member of a.members.slice(1)) {
      expect((await refusal(revokeApiKey.execute(member.caller, { id: key.id }, META))).code).toBe("forbidden");
    }
    expect((await refusal(revokeApiKey.execute(b.members[0]!.caller, { id: key.id }, META))).code).toBe("not_found");
    expect(await rowsOf(a.tenantId)).toHaveLength(1);
    expect(await eventsOf(a.tenantId, "api_key.revoked")).toHaveLength(0);

    await revokeApiKey.execute(a.members[0]!.caller, { id: key.id }, META);
    expect(await rowsOf(a.tenantId)).toHaveLength(0);
    const [event] = await eventsOf(a.tenantId, "api_key.revoked");
    expect(event).toMatchObject({ actorId: a.members[0]!.userId, targetLabel: "consumer key" });
    expect(event!.details).toMatchObject({ owner: { type: "user", id: a.members[2]!.userId, label: a.members[2]!.email } });
  });
});
