import { describe, expect, it } from "vitest";
import * as memberRoute from "@/app/api/v1/members/[id]/route";
import * as membersRoute from "@/app/api/v1/members/route";
import * as accountRoute from "@/app/api/v1/service-accounts/[id]/route";
import * as accountsRoute from "@/app/api/v1/service-accounts/route";
import { callApi, eventsOf, newKey } from "./support/api";
import { seedTenant } from "./support/fixtures";

describe("/api/v1/members", () => {
  it("lists with filters, reads, changes role and status, and removes; refusals change nothing", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder", "consumer"]);
    const [admin, builder, consumer] = members;
    const { secret } = await newKey(admin!.caller);
    const consumers = await callApi(membersRoute.GET, { path: "/members?role=consumer", key: secret });
    expect((consumers.body!.data as { id: string }[]).map((m) => m.id)).toEqual([consumer!.userId]);
    const filtered = await callApi(membersRoute.GET, { path: `/members?q=${encodeURIComponent("builder")}&limit=1`, key: secret });
    expect((filtered.body!.data as { id: string }[]).map((m) => m.id)).toEqual([builder!.userId]);

    const id = consumer!.userId;
    const read = await callApi(memberRoute.GET, { path: `/members/${id}`, key: secret, params: { id } });
    expect(read.body).toMatchObject({ id, role: "consumer", status: "active" });
    expect(JSON.stringify(read.body)).not.toContain("password");

    const bad = await callApi(memberRoute.PATCH, { path: `/members/${id}`, key: secret, params: { id }, body: { role: "root" } });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain("Choose Admin, Builder or Consumer.");
    const patched = await callApi(memberRoute.PATCH, { path: `/members/${id}`, key: secret, params: { id }, body: { role: "builder", status: "inactive" } });
    expect(patched.body).toMatchObject({ role: "builder", status: "inactive" });
    expect((await eventsOf(tenantId)).map((e) => e.action).filter((a) => a.startsWith("member."))).toEqual(["member.role_changed", "member.deactivated"]);

    const lastAdmin = await callApi(memberRoute.PATCH, { path: `/members/${admin!.userId}`, key: secret, params: { id: admin!.userId }, body: { role: "consumer" } });
    expect(lastAdmin.status).toBe(409);
    // One transaction: with a second Admin, demoting oneself is allowed but deactivating oneself is not, so neither happens.
    const patchOf = (userId: string, body: object) => callApi(memberRoute.PATCH, { path: `/members/${userId}`, key: secret, params: { id: userId }, body });
    expect((await patchOf(builder!.userId, { role: "admin" })).body).toMatchObject({ role: "admin" });
    const half = await patchOf(admin!.userId, { role: "builder", status: "inactive" });
    expect([half.status, half.body!.detail]).toEqual([409, "You cannot deactivate yourself."]);
    expect((await callApi(memberRoute.GET, { path: `/members/${admin!.userId}`, key: secret, params: { id: admin!.userId } })).body).toMatchObject({ role: "admin", status: "active" });
    expect((await patchOf(builder!.userId, { role: "builder" })).body).toMatchObject({ role: "builder" });

    const { secret: builderKey } = await newKey(builder!.caller);
    expect((await callApi(membersRoute.GET, { path: "/members", key: builderKey })).status).toBe(200);
    expect((await callApi(memberRoute.DELETE, { path: `/members/${id}`, key: builderKey, params: { id } })).status).toBe(403);
    expect((await callApi(memberRoute.DELETE, { path: `/members/${id}`, key: secret, params: { id } })).status).toBe(204);
    expect((await callApi(memberRoute.GET, { path: `/members/${id}`, key: secret, params: { id } })).status).toBe(404);
  });

  it("another tenant's member id reads as 404", async () => {
    const mine = await seedTenant(["admin"]);
    const theirs = await seedTenant(["admin", "consumer"]);
    const { secret } = await newKey(mine.members[0]!.caller);
    const id = theirs.members[1]!.userId;
    expect((await callApi(memberRoute.GET, { path: `/members/${id}`, key: secret, params: { id } })).status).toBe(404);
    expect((await callApi(memberRoute.PATCH, { path: `/members/${id}`, key: secret, params: { id }, body: { status: "inactive" } })).status).toBe(404);
  });
});

describe("/api/v1/service-accounts", () => {
  it("creates, lists, reads, edits, deactivates and deletes; a read-only key and a Builder are refused", async () => {
    const { members } = await seedTenant(["admin", "builder"]);
    const { secret } = await newKey(members[0]!.caller);
    const created = await callApi(accountsRoute.POST, { path: "/service-accounts", key: secret, body: { name: "ETL", role: "consumer" } });
    expect(created.status).toBe(201);
    const id = created.body!.id as string;
    expect((await callApi(accountsRoute.GET, { path: "/service-accounts", key: secret })).body!.data).toHaveLength(1);
    const patched = await callApi(accountRoute.PATCH, { path: `/service-accounts/${id}`, key: secret, params: { id }, body: { description: "Nightly", status: "inactive" } });
    expect(patched.body).toMatchObject({ name: "ETL", description: "Nightly", status: "inactive", role: "consumer" });
    const invalid = await callApi(accountRoute.PATCH, { path: `/service-accounts/${id}`, key: secret, params: { id }, body: { name: "" } });
    expect(invalid.status).toBe(422);

    const { secret: readOnly } = await newKey(members[0]!.caller, { scope: "read" });
    expect((await callApi(accountRoute.DELETE, { path: `/service-accounts/${id}`, key: readOnly, params: { id } })).status).toBe(403);
    const { secret: builderKey } = await newKey(members[1]!.caller);
    expect((await callApi(accountsRoute.GET, { path: "/service-accounts", key: builderKey })).status).toBe(403);
    expect((await callApi(accountRoute.DELETE, { path: `/service-accounts/${id}`, key: secret, params: { id } })).status).toBe(204);
    expect((await callApi(accountRoute.GET, { path: `/service-accounts/${id}`, key: secret, params: { id } })).status).toBe(404);
  });
});
