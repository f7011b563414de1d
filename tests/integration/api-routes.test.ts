import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKeys, tenantSettings, tenants } from "@/db/schema";
import { getDb } from "@/lib/db";
import * as keysRoute from "@/app/api/v1/api-keys/route";
import * as keyRoute from "@/app/api/v1/api-keys/[id]/route";
import * as regenerateRoute from "@/app/api/v1/api-keys/[id]/regenerate/route";
import * as healthRoute from "@/app/api/v1/health/route";
import * as meRoute from "@/app/api/v1/me/route";
import * as rolesRoute from "@/app/api/v1/roles/route";
import * as aiRoute from "@/app/api/v1/settings/ai/route";
import * as generalRoute from "@/app/api/v1/settings/general/route";
import * as securityRoute from "@/app/api/v1/settings/security/route";
import * as tenantKeysRoute from "@/app/api/v1/tenant/api-keys/route";
import * as tenantKeyRoute from "@/app/api/v1/tenant/api-keys/[id]/route";
import { callApi, eventsOf, newKey } from "./support/api";
import { seedTenant } from "./support/fixtures";

const MISSING_ID = "00000000-0000-4000-8000-000000000000";

describe("/api/v1/api-keys", () => {
  it("creates, lists, reads, edits, regenerates and deletes the caller's own keys", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    const { secret } = await newKey(members[0]!.caller, { name: "Bootstrap" });

    const created = await callApi(keysRoute.POST, { path: "/api-keys", key: secret, body: { name: "From the API", scope: "read", expiry: "90d" } });
    expect(created.status).toBe(201);
    const newSecret = created.body!.secret as string;
    const id = (created.body!.key as { id: string }).id;
    expect(created.body!.key).toMatchObject({ name: "From the API", scope: "read", lastFour: newSecret.slice(-4) });
    const [event] = await eventsOf(tenantId, "api_key.created").then((events) => events.slice(-1));
    expect(event).toMatchObject({ actorType: "api_key", actorLabel: `Bootstrap (${members[0]!.email})` });

    const list = await callApi(keysRoute.GET, { path: "/api-keys", key: secret });
    expect((list.body!.data as { name: string }[]).map((k) => k.name)).toEqual(["From the API", "Bootstrap"]);
    expect(JSON.stringify(list.body)).not.toContain(newSecret);
    expect(list.body!.nextCursor).toBeNull();

    expect((await callApi(keyRoute.GET, { path: `/api-keys/${id}`, key: secret, params: { id } })).body).toMatchObject({ id, name: "From the API" });
    const edited = await callApi(keyRoute.PATCH, { path: `/api-keys/${id}`, key: secret, params: { id }, body: { description: "described", id: MISSING_ID } });
    expect(edited.body).toMatchObject({ id, name: "From the API", description: "described" });

    const regenerated = await callApi(regenerateRoute.POST, { path: `/api-keys/${id}/regenerate`, key: secret, params: { id } });
    expect(regenerated.status).toBe(200);
    expect(regenerated.body!.secret).not.toBe(newSecret);
    expect((await callApi(meRoute.GET, { path: "/me", key: newSecret })).status).toBe(401);
    expect((await callApi(meRoute.GET, { path: "/me", key: regenerated.body!.secret as string })).status).toBe(200);

    const deleted = await callApi(keyRoute.DELETE, { path: `/api-keys/${id}`, key: secret, params: { id } });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeNull();
    expect((await callApi(meRoute.GET, { path: "/me", key: regenerated.body!.secret as string })).status).toBe(401);
  });

  it("answers bad input with 422 and field errors, bad JSON with 400, and changes nothing", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    const { secret } = await newKey(members[0]!.caller);
    const invalid = await callApi(keysRoute.POST, { path: "/api-keys", key: secret, body: { name: "", scope: "all" } });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get("content-type")).toBe("application/problem+json");
    expect(invalid.body).toMatchObject({
      type: "urn:gatehouse:problem:validation_failed",
      title: "Validation failed",
      code: "validation_failed",
      errors: { name: ["Enter a name for the key."], scope: ["Choose read-only or read-write."], expiry: ["Choose when the key expires."] },
    });
    const badJson = await callApi(keysRoute.POST, { path: "/api-keys", key: secret, rawBody: "{name:", headers: { "content-type": "application/json" } });
    expect(badJson.body).toMatchObject({ status: 400, code: "malformed_request", detail: "The request body is not valid JSON." });
    const notJson = await callApi(keysRoute.POST, { path: "/api-keys", key: secret, rawBody: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(notJson.body).toMatchObject({ status: 400, code: "malformed_request" });
    const huge = await callApi(keysRoute.POST, { path: "/api-keys", key: secret, body: { name: "x".repeat(1_000_001) } });
    expect(huge.body).toMatchObject({ status: 413, code: "payload_too_large" });
    const badCursor = await callApi(keysRoute.GET, { path: "/api-keys?cursor=nonsense", key: secret });
    expect(badCursor.body).toMatchObject({ status: 422, errors: { cursor: ["This cursor is not valid; start again from the first page."] } });
    expect(await getDb().select().from(apiKeys).where(eq(apiKeys.tenantId, tenantId))).toHaveLength(1);
  });

  it("answers an id that is not a UUID like a missing one: 404", async () => {
    const { members } = await seedTenant(["consumer"]);
    const { secret } = await newKey(members[0]!.caller);
    for (const id of ["not-a-uuid", MISSING_ID]) {
      const response = await callApi(keyRoute.GET, { path: `/api-keys/${id}`, key: secret, params: { id } });
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: "not_found" });
    }
  });

  it("refuses the 6th key with 409 and a message naming the limit", async () => {
    const { members } = await seedTenant(["consumer"]);
    const { secret } = await newKey(members[0]!.caller);
    for (let i = 0; i < 4; i++) {
      expect((await callApi(keysRoute.POST, { path: "/api-keys", key: secret, body: { name: `k${i}`, scope: "read", expiry: "7d" } })).status).toBe(201);
    }
    const sixth = await callApi(keysRoute.POST, { path: "/api-keys", key: secret, body: { name: "sixth", scope: "read", expiry: "7d" } });
    expect(sixth.status).toBe(409);
    expect(sixth.body!.detail).toBe("You already have 5 active API keys, the most this tenant allows. Delete one before creating another.");
  });
});

describe("tenant isolation through the API", () => {
  it("a key of tenant A cannot read or change anything of tenant B: B's ids answer 404 like missing ones", async () => {
    const a = await seedTenant(["admin"]);
    const b = await seedTenant(["admin"]);
    const { secret } = await newKey(a.members[0]!.caller);
    const foreign = await newKey(b.members[0]!.caller, { name: "B's key" });
    const attempts = (id: string) => [
      callApi(keyRoute.GET, { path: `/api-keys/${id}`, key: secret, params: { id } }),
      callApi(keyRoute.PATCH, { path: `/api-keys/${id}`, key: secret, params: { id }, body: { name: "pwned" } }),
      callApi(keyRoute.DELETE, { path: `/api-keys/${id}`, key: secret, params: { id } }),
      callApi(regenerateRoute.POST, { path: `/api-keys/${id}/regenerate`, key: secret, params: { id } }),
      callApi(tenantKeyRoute.DELETE, { path: `/tenant/api-keys/${id}`, key: secret, params: { id } }),
    ];
    const foreignAnswers = await Promise.all(attempts(foreign.id));
    const missingAnswers = await Promise.all(attempts(MISSING_ID));
    for (const [i, answer] of foreignAnswers.entries()) {
      expect(answer.status).toBe(404);
      expect({ ...answer.body, instance: undefined }).toEqual({ ...missingAnswers[i]!.body, instance: undefined });
    }
    const list = await callApi(tenantKeysRoute.GET, { path: "/tenant/api-keys", key: secret });
    expect((list.body!.data as { name: string }[]).map((k) => k.name)).toEqual(["Test key"]);
    expect((await callApi(generalRoute.GET, { path: "/settings/general", key: secret })).body).toMatchObject({ name: a.tenantName });
    expect((await getDb().select().from(apiKeys).where(eq(apiKeys.id, foreign.id)))[0]).toMatchObject({ name: "B's key" });
    expect((await getDb().select().from(tenants).where(eq(tenants.id, b.tenantId)))[0]!.name).toBe(b.tenantName);
    expect(await eventsOf(b.tenantId)).toHaveLength(1);
    expect((await callApi(meRoute.GET, { path: "/me", key: foreign.secret })).body).toMatchObject({ tenant: { id: b.tenantId } });
  });
});

describe("the tenant-wide key list and revoke", () => {
  it("lets an Admin key list and revoke; a Builder's key is refused with 403", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const admin = await newKey(members[0]!.caller);
    const builder = await newKey(members[1]!.caller, { name: "Builder key" });
    expect((await callApi(tenantKeysRoute.GET, { path: "/tenant/api-keys", key: builder.secret })).status).toBe(403);
    expect((await callApi(tenantKeyRoute.DELETE, { path: `/tenant/api-keys/${admin.id}`, key: builder.secret, params: { id: admin.id } })).status).toBe(403);

    const list = await callApi(tenantKeysRoute.GET, { path: "/tenant/api-keys?limit=1", key: admin.secret });
    expect(list.body!.data).toHaveLength(1);
    expect(list.body!.nextCursor).toEqual(expect.any(String));
    const revoked = await callApi(tenantKeyRoute.DELETE, { path: `/tenant/api-keys/${builder.id}`, key: admin.secret, params: { id: builder.id } });
    expect(revoked.status).toBe(204);
    expect((await callApi(meRoute.GET, { path: "/me", key: builder.secret })).status).toBe(401);
    const [event] = await eventsOf(tenantId, "api_key.revoked");
    expect(event).toMatchObject({ actorType: "api_key", actorId: admin.id, targetLabel: "Builder key" });
  });
});

describe("other endpoints", () => {
  it("health answers without a key; roles come from the registry", async () => {
    expect(await callApi(healthRoute.GET, { path: "/health" })).toMatchObject({ status: 200, body: { status: "ok" } });
    const { members } = await seedTenant(["consumer"]);
    const { secret } = await newKey(members[0]!.caller, { scope: "read" });
    const roles = await callApi(rolesRoute.GET, { path: "/roles", key: secret });
    const byId = Object.fromEntries((roles.body!.roles as { id: string; permissions: string[] }[]).map((r) => [r.id, r.permissions]));
    expect(Object.keys(byId)).toEqual(["admin", "builder", "consumer", "owner", "contributor", "viewer"]);
    expect(byId.admin).toContain("settings:update");
    expect(byId.consumer).not.toContain("members:read");
  });

  it("settings: general, security and AI read with a read-only Admin key; a Consumer's key is refused", async () => {
    const { tenantId, tenantName, members } = await seedTenant(["admin", "consumer"]);
    await getDb().update(tenantSettings).set({ maxApiKeyLifetimeDays: 90, authorizedDomains: ["example.test"] }).where(eq(tenantSettings.tenantId, tenantId));
    const admin = await newKey(members[0]!.caller, { scope: "read", expiry: "30d" });
    const consumer = await newKey(members[1]!.caller, { expiry: "30d" });
    expect((await callApi(generalRoute.GET, { path: "/settings/general", key: admin.secret })).body).toEqual({
      name: tenantName,
      dateFormat: "MM/DD/YYYY",
      timeFormat: "12h",
      requireTwoFactor: false,
      maxApiKeysPerOwner: 5,
      maxApiKeyLifetimeDays: 90,
      invitationLifetimeDays: 7,
      auditRetentionDays: 30,
      defaultWorkspaceId: null,
      defaultWorkspaceRole: "viewer",
    });
    expect((await callApi(securityRoute.GET, { path: "/settings/security", key: admin.secret })).body).toEqual({
      authorizedDomains: ["example.test"],
      sessionIdleMinutes: 60,
      sessionAbsoluteHours: 12,
      passwordMinLength: 12,
      allowGoogle: false,
      allowGithub: false,
      allowMicrosoft: false,
    });
    expect((await callApi(aiRoute.GET, { path: "/settings/ai", key: admin.secret })).body).toMatchObject({ provider: "platform", bedrock: null, knowledgeSourcesAvailable: true });
    for (const [handler, path] of [[generalRoute.GET, "/settings/general"], [securityRoute.GET, "/settings/security"], [aiRoute.GET, "/settings/ai"]] as const) {
      expect((await callApi(handler, { path, key: consumer.secret })).status).toBe(403);
    }
  });

  it("never answers with a stack trace", async () => {
    const { members } = await seedTenant(["admin"]);
    const { secret } = await newKey(members[0]!.caller);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const slot = globalThis as unknown as { gatehouseDb: { db: { transaction: unknown } } };
    const realTransaction = slot.gatehouseDb.db.transaction;
    slot.gatehouseDb.db.transaction = () => Promise.reject(new Error("connection reset at secret/internal/path.ts:12"));
    try {
      const response = await callApi(generalRoute.PATCH, { path: "/settings/general", key: secret, body: { name: "Boom Corp" } });
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        type: "urn:gatehouse:problem:internal",
        title: "Internal error",
        status: 500,
        code: "internal",
        detail: "Something went wrong on our side. Nothing was changed; please try again.",
        instance: "/api/v1/settings/general",
      });
    } finally {
      slot.gatehouseDb.db.transaction = realTransaction;
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});
