import { describe, expect, it } from "vitest";
import { describeAccessSource } from "@/lib/access/resolve-workspace-role";
import { getEffectiveAccess } from "@/lib/access/get-effective-access";
import { accessInWorkspace, callerSubject } from "@/lib/access/workspace-access";
import { getDb } from "@/lib/db";
import { deleteGroup } from "@/lib/groups/delete-group";
import { removeGroupMember } from "@/lib/groups/remove-group-member";
import { updateWorkspace } from "@/lib/workspaces/update-workspace";
import { getWorkspace } from "@/lib/workspaces/get-workspace";
import { META, seedTenant } from "./support/fixtures";
import { grant, newGroup, newWorkspace, refusal, user } from "./support/workspace-fixtures";

const OPTIONS = { page: 1, includePersonal: false };

describe("effective access", () => {
  it("a Consumer in group SecOps has Contributor in prod-automation via the group, and nothing in staging", async () => {
    const { members } = await seedTenant(["admin", "consumer", "builder"]);
    const [admin, consumer, builder] = members;
    const prod = await newWorkspace(admin!, "prod-automation");
    await newWorkspace(admin!, "staging");
    const secops = await newGroup(admin!, "SecOps", [consumer!, builder!]);
    await grant(admin!, prod.id, `group:${secops.id}`, "contributor");

    const seen = await getEffectiveAccess(consumer!.caller, consumer!.userId, OPTIONS);
    const rows = seen!.workspaces.items.map((r) => [r.workspace.name, r.access.role, r.access.grants.map((g) => describeAccessSource(g.source))]);
    expect(rows).toEqual([
      [`personal-${consumer!.username}`, "owner", ["direct role"]],
      ["prod-automation", "contributor", ["via group SecOps"]],
    ]);
    const prodRow = seen!.workspaces.items.find((r) => r.workspace.name === "prod-automation")!;
    expect(prodRow.access.permissions.map((p) => p.permission)).toEqual(["workspace:read", "workflow:read", "workflow:edit", "workflow:execute"]);
    expect(seen!.everywhere).toBe(false);

    // The page and enforcement agree: the same resolution decides what the Consumer may do.
    expect((await accessInWorkspace(getDb(), callerSubject(consumer!.caller), prod.id))?.role).toBe("contributor");
    expect(await getWorkspace(consumer!.caller, "staging", 1)).toBeNull();
    expect((await refusal(updateWorkspace.execute(consumer!.caller, { workspaceId: prod.id, displayName: "Mine" }, META))).code).toBe("forbidden");
  });

  it("the highest of a direct role and several group roles wins", async () => {
    const { members } = await seedTenant(["admin", "consumer"]);
    const [admin, consumer] = members;
    const ws = await newWorkspace(admin!, "prod-automation");
    await grant(admin!, ws.id, user(consumer!), "viewer");
    const readers = await newGroup(admin!, "Readers", [consumer!]);
    const owners = await newGroup(admin!, "Owners", [consumer!]);
    await grant(admin!, ws.id, `group:${readers.id}`, "viewer");
    await grant(admin!, ws.id, `group:${owners.id}`, "owner");
    const access = await accessInWorkspace(getDb(), callerSubject(consumer!.caller), ws.id);
    expect(access?.role).toBe("owner");
    expect(access?.grants.map((g) => describeAccessSource(g.source))).toEqual(["via group Owners", "direct role", "via group Readers"]);
  });

  it("a tenant Admin is Owner everywhere, member or not, because of the tenant role", async () => {
    const { members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = members;
    await newWorkspace(builder!, "team-space");
    const seen = await getEffectiveAccess(builder!.caller, builder!.userId, OPTIONS);
    expect(seen!.workspaces.items.map((r) => r.workspace.name)).toEqual([`personal-${builder!.username}`, "team-space"]);
    const adminView = await getEffectiveAccess(admin!.caller, admin!.userId, OPTIONS);
    expect(adminView!.everywhere).toBe(true);
    const team = adminView!.workspaces.items.find((r) => r.workspace.name === "team-space")!;
    expect([team.access.role, describeAccessSource(team.access.grants[0]!.source)]).toEqual(["owner", "tenant Admin"]);
  });

  it("only Admins may look at someone else; another tenant's member reads as missing", async () => {
    const a = await seedTenant(["admin", "builder", "consumer"]);
    const b = await seedTenant(["consumer"]);
    const [admin, builder, consumer] = a.members;
    expect((await getEffectiveAccess(admin!.caller, consumer!.userId, OPTIONS))?.member.email).toBe(consumer!.email);
    expect((await refusal(getEffectiveAccess(builder!.caller, consumer!.userId, OPTIONS))).code).toBe("forbidden");
    expect((await refusal(getEffectiveAccess(consumer!.caller, builder!.userId, OPTIONS))).code).toBe("forbidden");
    expect(await getEffectiveAccess(admin!.caller, b.members[0]!.userId, OPTIONS)).toBeNull();
    expect(await getEffectiveAccess(admin!.caller, "not-an-id", OPTIONS)).toBeNull();
  });

  it("deleting a group takes its access away at once: the next request is refused", async () => {
    const { members } = await seedTenant(["admin", "consumer"]);
    const [admin, consumer] = members;
    const ws = await newWorkspace(admin!, "prod-automation");
    const group = await newGroup(admin!, "Editors", [consumer!]);
    await grant(admin!, ws.id, `group:${group.id}`, "owner");
    await updateWorkspace.execute(consumer!.caller, { workspaceId: ws.id, displayName: "Before" }, META);

    await deleteGroup.execute(admin!.caller, { groupId: group.id, confirmName: "Editors" }, META);
    expect((await refusal(updateWorkspace.execute(consumer!.caller, { workspaceId: ws.id, displayName: "After" }, META))).code).toBe("not_found");
    expect(await getWorkspace(consumer!.caller, "prod-automation", 1)).toBeNull();
    const seen = await getEffectiveAccess(consumer!.caller, consumer!.userId, OPTIONS);
    expect(seen!.workspaces.items.map((r) => r.workspace.name)).toEqual([`personal-${consumer!.username}`]);
  });

  it("leaving a group takes its access away too", async () => {
    const { members } = await seedTenant(["admin", "consumer"]);
    const [admin, consumer] = members;
    const ws = await newWorkspace(admin!, "prod-automation");
    const group = await newGroup(admin!, "Readers", [consumer!]);
    await grant(admin!, ws.id, `group:${group.id}`, "viewer");
    expect((await accessInWorkspace(getDb(), callerSubject(consumer!.caller), ws.id))?.role).toBe("viewer");
    await removeGroupMember.execute(admin!.caller, { groupId: group.id, userId: consumer!.userId }, META);
    expect(await accessInWorkspace(getDb(), callerSubject(consumer!.caller), ws.id)).toBeNull();
  });
});
