import { describe, expect, it } from "vitest";
import * as unknownRoute from "@/app/api/v1/[...path]/route";
import * as auditEventRoute from "@/app/api/v1/audit-events/[id]/route";
import * as auditEventsRoute from "@/app/api/v1/audit-events/route";
import * as auditExportRoute from "@/app/api/v1/audit-events/export/route";
import * as auditVerifyRoute from "@/app/api/v1/audit-events/verify/route";
import * as groupRoute from "@/app/api/v1/groups/[id]/route";
import * as groupMemberRoute from "@/app/api/v1/groups/[id]/members/[userId]/route";
import * as groupMembersRoute from "@/app/api/v1/groups/[id]/members/route";
import * as groupsRoute from "@/app/api/v1/groups/route";
import * as meRoute from "@/app/api/v1/me/route";
import * as memberAccessRoute from "@/app/api/v1/members/[id]/access/route";
import * as workspaceMemberRoute from "@/app/api/v1/workspaces/[id]/members/[principalType]/[principalId]/route";
import * as workspaceMembersRoute from "@/app/api/v1/workspaces/[id]/members/route";
import * as workspaceRoute from "@/app/api/v1/workspaces/[id]/route";
import * as workspacesRoute from "@/app/api/v1/workspaces/route";
import { callApi, eventsOf, newKey } from "./support/api";
import { seedTenant } from "./support/fixtures";
import { bindingsOf, membersOfGroup } from "./support/workspace-fixtures";

const MISSING_ID = "00000000-0000-4000-8000-000000000000";
type Row = Record<string, unknown>;
const data = (body: Row | null) => body!.data as Row[];

describe("/api/v1/groups", () => {
  it("creates, pages, reads, edits, fills, empties and deletes groups; every event is attributed to the key", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder", "consumer"]);
    const admin = await newKey(members[0]!.caller, { name: "Automation" });
    for (const name of ["beta", "Alpha", "gamma"]) {
      expect((await callApi(groupsRoute.POST, { path: "/groups", key: admin.secret, body: { name } })).status).toBe(201);
    }
    const first = await callApi(groupsRoute.GET, { path: "/groups?limit=2", key: admin.secret });
    expect(data(first.body).map((g) => g.name)).toEqual(["Alpha", "beta"]);
    const second = await callApi(groupsRoute.GET, { path: `/groups?limit=2&cursor=${first.body!.nextCursor}`, key: admin.secret });
    expect(data(second.body).map((g) => g.name)).toEqual(["gamma"]);
    expect(second.body!.nextCursor).toBeNull();

    const id = data(first.body)[0]!.id as string;
    const edited = await callApi(groupRoute.PATCH, { path: `/groups/${id}`, key: admin.secret, params: { id }, body: { description: "first" } });
    expect(edited.body).toEqual({ id, name: "Alpha", description: "first", managedBySso: false, memberCount: 0 });

    const userIds = [members[1]!.userId, members[2]!.userId];
    const added = await callApi(groupMembersRoute.POST, { path: `/groups/${id}/members`, key: admin.secret, params: { id }, body: { userIds } });
    expect(added.body).toEqual({ added: 2 });
    expect(await membersOfGroup(id)).toEqual([...userIds].sort());
    const page = await callApi(groupMembersRoute.GET, { path: `/groups/${id}/members?limit=1`, key: admin.secret, params: { id } });
    expect(data(page.body)).toEqual([{ id: members[1]!.userId, name: "builder 1", email: members[1]!.email, username: members[1]!.username }]);
    const rest = await callApi(groupMembersRoute.GET, { path: `/groups/${id}/members?cursor=${page.body!.nextCursor}`, key: admin.secret, params: { id } });
    expect(data(rest.body).map((m) => m.id)).toEqual([members[2]!.userId]);

    const userId = members[1]!.userId;
    expect((await callApi(groupMemberRoute.DELETE, { path: `/groups/${id}/members/${userId}`, key: admin.secret, params: { id, userId } })).status).toBe(204);
    expect((await callApi(groupRoute.GET, { path: `/groups/${id}`, key: admin.secret, params: { id } })).body).toMatchObject({ memberCount: 1 });
    expect((await callApi(groupRoute.DELETE, { path: `/groups/${id}`, key: admin.secret, params: { id } })).status).toBe(204);
    expect((await callApi(groupRoute.GET, { path: `/groups/${id}`, key: admin.secret, params: { id } })).status).toBe(404);

    const events = await eventsOf(tenantId);
    const byKey = events.filter((e) => e.action.startsWith("group."));
    expect(byKey.map((e) => e.action)).toEqual([
      "group.created",
      "group.created",
      "group.created",
      "group.updated",
      "group.member_added",
      "group.member_added",
      "group.member_removed",
      "group.deleted",
    ]);
    for (const event of byKey) expect(event).toMatchObject({ actorType: "api_key", actorId: admin.id, actorLabel: `Automation (${members[0]!.email})` });
  });

  it("names the field of a validation problem, and refuses read-only keys and non-Admins", async () => {
    const { members } = await seedTenant(["admin", "builder", "consumer"]);
    const admin = await newKey(members[0]!.caller);
    const readOnly = await newKey(members[0]!.caller, { scope: "read" });
    const builder = await newKey(members[1]!.caller);
    const consumer = await newKey(members[2]!.caller);

    const invalid = await callApi(groupsRoute.POST, { path: "/groups", key: admin.secret, body: { name: " ", description: "x".repeat(300) } });
    expect(invalid).toMatchObject({ status: 422, body: { code: "validation_failed", errors: { name: ["Enter a group name."], description: ["A description has at most 256 characters."] } } });
    const created = await callApi(groupsRoute.POST, { path: "/groups", key: admin.secret, body: { name: "Ops" } });
    const id = created.body!.id as string;
    const duplicate = await callApi(groupsRoute.POST, { path: "/groups", key: admin.secret, body: { name: "OPS" } });
    expect(duplicate).toMatchObject({ status: 422, body: { errors: { name: ["A group named “OPS” already exists."] } } });
    const noUsers = await callApi(groupMembersRoute.POST, { path: `/groups/${id}/members`, key: admin.secret, params: { id }, body: { userIds: [] } });
    expect(noUsers.body).toMatchObject({ status: 422, errors: { userIds: ["Choose at least one member."] } });

    const write = await callApi(groupsRoute.POST, { path: "/groups", key: readOnly.secret, body: { name: "Nope" } });
    expect(write).toMatchObject({ status: 403, body: { detail: "This API key is read-only; this request needs a read-write key." } });
    expect((await callApi(groupRoute.DELETE, { path: `/groups/${id}`, key: readOnly.secret, params: { id } })).status).toBe(403);
    expect((await callApi(groupsRoute.GET, { path: "/groups", key: readOnly.secret })).status).toBe(200);
    expect((await callApi(groupsRoute.GET, { path: "/groups", key: builder.secret })).status).toBe(200);
    expect((await callApi(groupsRoute.POST, { path: "/groups", key: builder.secret, body: { name: "Nope" } })).status).toBe(403);
    expect((await callApi(groupsRoute.GET, { path: "/groups", key: consumer.secret })).status).toBe(403);
    expect((await callApi(groupRoute.GET, { path: `/groups/${id}`, key: consumer.secret, params: { id } })).status).toBe(403);
  });
});

describe("/api/v1/workspaces", () => {
  it("creates, lists, reads, edits, binds, rebinds, unbinds and deletes; the workspace's own roles decide", async () => {
    const { tenantId, members } = await seedTenant(["builder", "consumer"]);
    const [builder, consumer] = members;
    const builderKey = await newKey(builder!.caller, { name: "Builder key" });
    const consumerKey = await newKey(consumer!.caller);

    const created = await callApi(workspacesRoute.POST, { path: "/workspaces", key: builderKey.secret, body: { name: "data-team", displayName: "Data team" } });
    expect(created).toMatchObject({ status: 201, body: { name: "data-team", displayName: "Data team", personal: false, memberCount: 1, role: "owner" } });
    const id = created.body!.id as string;
    const listed = await callApi(workspacesRoute.GET, { path: "/workspaces?limit=1", key: builderKey.secret });
    expect(data(listed.body).map((w) => w.name)).toEqual(["data-team"]);
    const next = await callApi(workspacesRoute.GET, { path: `/workspaces?cursor=${listed.body!.nextCursor}`, key: builderKey.secret });
    expect(data(next.body).map((w) => w.personal)).toEqual([true]);

    // The consumer holds no role there yet: the workspace does not exist for them.
    expect((await callApi(workspaceRoute.GET, { path: `/workspaces/${id}`, key: consumerKey.secret, params: { id } })).status).toBe(404);
    const params = { id, principalType: "user", principalId: consumer!.userId };
    const path = `/workspaces/${id}/members/user/${consumer!.userId}`;
    expect((await callApi(workspaceMemberRoute.PUT, { path, key: builderKey.secret, params, body: { role: "viewer" } })).body).toEqual({
      principal: { type: "user", id: consumer!.userId },
      role: "viewer",
    });
    expect((await callApi(workspaceMemberRoute.PUT, { path, key: builderKey.secret, params, body: { role: "contributor" } })).status).toBe(200);
    expect(await bindingsOf(id)).toEqual([`user:${builder!.userId}=owner`, `user:${consumer!.userId}=contributor`].sort());
    const badRole = await callApi(workspaceMemberRoute.PUT, { path, key: builderKey.secret, params, body: { role: "god" } });
    expect(badRole.body).toMatchObject({ status: 422, errors: { role: ["Choose Owner, Contributor or Viewer."] } });

    expect((await callApi(workspaceRoute.GET, { path: `/workspaces/${id}`, key: consumerKey.secret, params: { id } })).body).toMatchObject({ role: "contributor" });
    expect((await callApi(workspaceRoute.PATCH, { path: `/workspaces/${id}`, key: consumerKey.secret, params: { id }, body: { displayName: "Mine" } })).status).toBe(403);
    const edited = await callApi(workspaceRoute.PATCH, { path: `/workspaces/${id}`, key: builderKey.secret, params: { id }, body: { description: "Numbers" } });
    expect(edited.body).toMatchObject({ name: "data-team", displayName: "Data team", description: "Numbers" });

    const roster = await callApi(workspaceMembersRoute.GET, { path: `/workspaces/${id}/members`, key: consumerKey.secret, params: { id } });
    expect(data(roster.body)).toEqual([
      { principalType: "user", principalId: builder!.userId, label: "builder 0", email: builder!.email, role: "owner" },
      { principalType: "user", principalId: consumer!.userId, label: "consumer 1", email: consumer!.email, role: "contributor" },
    ]);
    const lastOwner = { id, principalType: "user", principalId: builder!.userId };
    const refused = await callApi(workspaceMemberRoute.DELETE, { path: `/workspaces/${id}/members/user/${builder!.userId}`, key: builderKey.secret, params: lastOwner });
    expect(refused).toMatchObject({ status: 409, body: { code: "invariant_violation" } });
    expect((await callApi(workspaceMemberRoute.DELETE, { path, key: builderKey.secret, params })).status).toBe(204);
    expect((await callApi(workspaceRoute.DELETE, { path: `/workspaces/${id}`, key: builderKey.secret, params: { id } })).status).toBe(204);
    expect((await callApi(workspaceRoute.GET, { path: `/workspaces/${id}`, key: builderKey.secret, params: { id } })).status).toBe(404);

    const events = (await eventsOf(tenantId)).filter((e) => e.action.startsWith("workspace."));
    expect(events.map((e) => e.action)).toEqual([
      "workspace.created",
      "workspace.member_added",
      "workspace.member_role_changed",
      "workspace.updated",
      "workspace.member_removed",
      "workspace.deleted",
    ]);
    for (const event of events) expect(event).toMatchObject({ actorType: "api_key", actorId: builderKey.id });
  });

  it("refuses writes to a read-only key even where its owner is Owner, and the Consumer may not create", async () => {
    const { members } = await seedTenant(["admin", "consumer"]);
    const admin = await newKey(members[0]!.caller);
    const readOnly = await newKey(members[0]!.caller, { scope: "read" });
    const consumer = await newKey(members[1]!.caller);
    const id = members[1]!.personalWorkspaceId;
    expect((await callApi(workspaceRoute.GET, { path: `/workspaces/${id}`, key: readOnly.secret, params: { id } })).body).toMatchObject({ personal: true, role: "owner" });
    const patch = await callApi(workspaceRoute.PATCH, { path: `/workspaces/${id}`, key: readOnly.secret, params: { id }, body: { displayName: "x" } });
    expect(patch).toMatchObject({ status: 403, body: { detail: "This API key is read-only; this request needs a read-write key." } });
    expect((await callApi(workspaceRoute.PATCH, { path: `/workspaces/${id}`, key: admin.secret, params: { id }, body: { displayName: "Renamed" } })).status).toBe(200);
    expect((await callApi(workspacesRoute.POST, { path: "/workspaces", key: consumer.secret, body: { name: "mine", displayName: "Mine" } })).status).toBe(403);
    const invalid = await callApi(workspacesRoute.POST, { path: "/workspaces", key: admin.secret, body: { name: "Bad Name!", displayName: "" } });
    expect(invalid.body).toMatchObject({ status: 422, errors: { name: ["Use only lowercase letters, digits and hyphens."], displayName: ["Enter a display name."] } });
    const all = await callApi(workspacesRoute.GET, { path: "/workspaces?includePersonal=true", key: admin.secret });
    expect(data(all.body)).toHaveLength(2);
    expect(data((await callApi(workspacesRoute.GET, { path: "/workspaces", key: admin.secret })).body)).toHaveLength(1);
  });
});

describe("/api/v1/members/{id}/access", () => {
  it("shows each workspace's role with the grants that give it: anyone for themself, an Admin for anyone", async () => {
    const { members } = await seedTenant(["admin", "builder", "consumer"]);
    const [admin, builder, consumer] = members;
    const adminKey = await newKey(admin!.caller, { scope: "read" });
    const builderKey = await newKey(builder!.caller);
    const consumerKey = await newKey(consumer!.caller);
    const workspace = await callApi(workspacesRoute.POST, { path: "/workspaces", key: builderKey.secret, body: { name: "shared-one", displayName: "Shared" } });
    const adminWrite = await newKey(admin!.caller);
    const group = await callApi(groupsRoute.POST, { path: "/groups", key: adminWrite.secret, body: { name: "Readers" } });
    const groupId = group.body!.id as string;
    await callApi(groupMembersRoute.POST, { path: `/groups/${groupId}/members`, key: adminWrite.secret, params: { id: groupId }, body: { userIds: [consumer!.userId] } });
    const workspaceId = workspace.body!.id as string;
    await callApi(workspaceMemberRoute.PUT, {
      path: `/workspaces/${workspaceId}/members/group/${groupId}`,
      key: builderKey.secret,
      params: { id: workspaceId, principalType: "group", principalId: groupId },
      body: { role: "viewer" },
    });

    const id = consumer!.userId;
    const own = await callApi(memberAccessRoute.GET, { path: `/members/${id}/access`, key: consumerKey.secret, params: { id } });
    expect(own.body).toMatchObject({ member: { id, tenantRole: "consumer" }, everywhere: false, nextCursor: null });
    const shared = data(own.body).find((row) => (row.workspace as Row).name === "shared-one");
    expect(shared).toEqual({
      workspace: { id: workspaceId, name: "shared-one", displayName: "Shared", personal: false },
      role: "viewer",
      grants: [{ role: "viewer", via: "group", groupId, reason: "via group Readers" }],
      permissions: ["workspace:read", "workflow:read", "workflow:execute"],
    });
    expect((await callApi(memberAccessRoute.GET, { path: `/members/${id}/access`, key: adminKey.secret, params: { id } })).body).toEqual(own.body);
    const adminId = admin!.userId;
    expect((await callApi(memberAccessRoute.GET, { path: `/members/${adminId}/access`, key: consumerKey.secret, params: { id: adminId } })).status).toBe(403);
    const everywhere = await callApi(memberAccessRoute.GET, { path: `/members/${adminId}/access?limit=1`, key: adminKey.secret, params: { id: adminId } });
    expect(everywhere.body).toMatchObject({ everywhere: true, nextCursor: expect.any(String) });
    expect((await callApi(memberAccessRoute.GET, { path: `/members/${MISSING_ID}/access`, key: adminKey.secret, params: { id: MISSING_ID } })).status).toBe(404);
  });
});

describe("/api/v1/audit-events", () => {
  it("pages the log with the viewer's filters, shows one event's details, and verifies the chain", async () => {
    const { members } = await seedTenant(["admin", "consumer"]);
    const admin = await newKey(members[0]!.caller, { name: "Auditor" });
    const consumer = await newKey(members[1]!.caller);
    for (const name of ["one", "two", "three"]) await callApi(groupsRoute.POST, { path: "/groups", key: admin.secret, body: { name } });

    const first = await callApi(auditEventsRoute.GET, { path: "/audit-events?action=group.created&limit=2", key: admin.secret });
    expect(data(first.body).map((e) => e.target)).toEqual(["group: three", "group: two"]);
    const second = await callApi(auditEventsRoute.GET, { path: `/audit-events?action=group.created&limit=2&cursor=${first.body!.nextCursor}`, key: admin.secret });
    expect(data(second.body).map((e) => e.target)).toEqual(["group: one"]);
    expect(second.body!.nextCursor).toBeNull();
    const searched = await callApi(auditEventsRoute.GET, { path: "/audit-events?q=two", key: admin.secret });
    expect(data(searched.body).map((e) => e.target)).toEqual(["group: two"]);

    const bad = await callApi(auditEventsRoute.GET, { path: "/audit-events?action=nope&cursor=zzz", key: admin.secret });
    expect(bad).toMatchObject({ status: 422, body: { code: "validation_failed" } });
    const badRange = await callApi(auditEventsRoute.GET, { path: "/audit-events?from=2025-02-01T00:00&to=2025-01-01T00:00", key: admin.secret });
    expect(badRange.body).toMatchObject({ errors: { to: ["The end of the range is before its start."] } });
    const badCursor = await callApi(auditEventsRoute.GET, { path: "/audit-events?cursor=zzz", key: admin.secret });
    expect(badCursor.body).toMatchObject({ errors: { cursor: ["This cursor is not valid; start again from the first page."] } });

    const id = String(data(first.body)[0]!.id);
    const detail = await callApi(auditEventRoute.GET, { path: `/audit-events/${id}`, key: admin.secret, params: { id } });
    expect(detail.body).toMatchObject({ action: "group.created", actor: { type: "api_key", label: `Auditor (${members[0]!.email})` }, details: { name: "three" } });
    expect(JSON.stringify(detail.body)).not.toContain(admin.secret);

    expect((await callApi(auditVerifyRoute.GET, { path: "/audit-events/verify", key: admin.secret })).body).toMatchObject({ ok: true, brokenEventId: null });
    expect((await callApi(auditEventsRoute.GET, { path: "/audit-events", key: consumer.secret })).status).toBe(403);
    expect((await callApi(auditVerifyRoute.GET, { path: "/audit-events/verify", key: consumer.secret })).status).toBe(403);
    expect((await callApi(auditEventRoute.GET, { path: `/audit-events/${id}`, key: consumer.secret, params: { id } })).status).toBe(403);
  });

  it("exports the filtered log as a streamed CSV or JSON file with a read-only key, and audits the export", async () => {
    const { tenantId, members } = await seedTenant(["admin", "consumer"]);
    const writer = await newKey(members[0]!.caller);
    const reader = await newKey(members[0]!.caller, { scope: "read", name: "Exporter" });
    const consumer = await newKey(members[1]!.caller);
    for (const name of ["alpha", "beta"]) await callApi(groupsRoute.POST, { path: "/groups", key: writer.secret, body: { name } });
    const download = (query: string, secret: string) =>
      auditExportRoute.GET(new Request(`http://localhost/api/v1/audit-events/export${query}`, { headers: { authorization: `Bearer ${secret}` } }), {
        params: Promise.resolve({}),
      });

    const csv = await download("?action=group.created", reader.secret);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-events-\d{8}-\d{6}\.csv"$/);
    const rows = (await csv.text()).trimEnd().split("\r\n");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain("group.created");
    expect(rows[1]).toContain("beta");

    const json = await download("?format=json&action=group.created&q=alpha", reader.secret);
    expect((JSON.parse(await json.text()) as { target: { label: string } }[]).map((e) => e.target.label)).toEqual(["alpha"]);
    const [exported] = await eventsOf(tenantId, "audit.exported");
    expect(exported).toMatchObject({ actorType: "api_key", actorLabel: `Exporter (${members[0]!.email})`, details: { format: "csv" } });

    const before = (await eventsOf(tenantId, "audit.exported")).length;
    const badFormat = await download("?format=xml", reader.secret);
    expect(badFormat.status).toBe(422);
    expect(await badFormat.json()).toMatchObject({ errors: { format: ["format must be csv or json."] } });
    expect((await download("", consumer.secret)).status).toBe(403);
    expect(await eventsOf(tenantId, "audit.exported")).toHaveLength(before);
  });
});

describe("tenant isolation", () => {
  it("answers a key of tenant A for tenant B's group, workspace and event ids exactly as for missing ids", async () => {
    const a = await seedTenant(["admin"]);
    const b = await seedTenant(["admin"]);
    const key = await newKey(a.members[0]!.caller);
    const bKey = await newKey(b.members[0]!.caller);
    const group = await callApi(groupsRoute.POST, { path: "/groups", key: bKey.secret, body: { name: "B only" } });
    const [event] = await eventsOf(b.tenantId, "group.created");
    const attempts = (groupId: string, workspaceId: string, eventId: string, userId: string) => [
      callApi(groupRoute.GET, { path: `/groups/${groupId}`, key: key.secret, params: { id: groupId } }),
      callApi(groupRoute.PATCH, { path: `/groups/${groupId}`, key: key.secret, params: { id: groupId }, body: { name: "pwned" } }),
      callApi(groupRoute.DELETE, { path: `/groups/${groupId}`, key: key.secret, params: { id: groupId } }),
      callApi(groupMembersRoute.GET, { path: `/groups/${groupId}/members`, key: key.secret, params: { id: groupId } }),
      callApi(groupMembersRoute.POST, { path: `/groups/${groupId}/members`, key: key.secret, params: { id: groupId }, body: { userIds: [a.members[0]!.userId] } }),
      callApi(groupMemberRoute.DELETE, { path: `/groups/${groupId}/members/${userId}`, key: key.secret, params: { id: groupId, userId } }),
      callApi(workspaceRoute.GET, { path: `/workspaces/${workspaceId}`, key: key.secret, params: { id: workspaceId } }),
      callApi(workspaceRoute.PATCH, { path: `/workspaces/${workspaceId}`, key: key.secret, params: { id: workspaceId }, body: { displayName: "pwned" } }),
      callApi(workspaceRoute.DELETE, { path: `/workspaces/${workspaceId}`, key: key.secret, params: { id: workspaceId } }),
      callApi(workspaceMembersRoute.GET, { path: `/workspaces/${workspaceId}/members`, key: key.secret, params: { id: workspaceId } }),
      callApi(workspaceMemberRoute.PUT, {
        path: `/workspaces/${workspaceId}/members/user/${userId}`,
        key: key.secret,
        params: { id: workspaceId, principalType: "user", principalId: userId },
        body: { role: "owner" },
      }),
      callApi(auditEventRoute.GET, { path: `/audit-events/${eventId}`, key: key.secret, params: { id: eventId } }),
      callApi(memberAccessRoute.GET, { path: `/members/${userId}/access`, key: key.secret, params: { id: userId } }),
    ];
    const foreign = await Promise.all(attempts(group.body!.id as string, b.members[0]!.personalWorkspaceId, String(event!.id), b.members[0]!.userId));
    const missing = await Promise.all(attempts(MISSING_ID, MISSING_ID, "999999999999", MISSING_ID));
    for (const [i, answer] of foreign.entries()) {
      expect({ i, status: answer.status }).toEqual({ i, status: 404 });
      expect({ ...answer.body, instance: undefined }).toEqual({ ...missing[i]!.body, instance: undefined });
    }
    expect(data((await callApi(groupsRoute.GET, { path: "/groups", key: key.secret })).body)).toEqual([]);
    expect((await callApi(groupRoute.GET, { path: `/groups/${group.body!.id}`, key: bKey.secret, params: { id: group.body!.id as string } })).body).toMatchObject({ name: "B only" });
    expect((await eventsOf(b.tenantId)).map((e) => e.action)).toEqual(["api_key.created", "group.created"]);
  });
});

describe("paths and methods /api/v1 does not serve", () => {
  it("answers an unknown path with a JSON 404 and a method a path does not serve with a JSON 405 and Allow", async () => {
    for (const handler of [unknownRoute.GET, unknownRoute.POST, unknownRoute.DELETE, unknownRoute.OPTIONS]) {
      const response = await handler(new Request("http://localhost/api/v1/nope/deeper", { method: "GET" }));
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ code: "not_found", instance: "/api/v1/nope/deeper" });
    }
    const wrong = await meRoute.DELETE(new Request("http://localhost/api/v1/me", { method: "DELETE" }));
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await wrong.json()).toMatchObject({ code: "method_not_allowed", status: 405, detail: "DELETE is not served here; use GET." });
    expect((await groupRoute.PUT(new Request("http://localhost/api/v1/groups/x", { method: "PUT" }))).headers.get("allow")).toBe("GET, PATCH, DELETE, HEAD, OPTIONS");
    const options = await groupMemberRoute.OPTIONS(new Request("http://localhost/api/v1/groups/x/members/y", { method: "OPTIONS" }));
    expect({ status: options.status, allow: options.headers.get("allow") }).toEqual({ status: 204, allow: "DELETE, OPTIONS" });
  });
});
