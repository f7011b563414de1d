import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { groups } from "@/db/schema";
import { getDb } from "@/lib/db";
import { addGroupMembers } from "@/lib/groups/add-group-members";
import { createGroup } from "@/lib/groups/create-group";
import { deleteGroup } from "@/lib/groups/delete-group";
import { getGroup } from "@/lib/groups/get-group";
import { listGroups } from "@/lib/groups/list-groups";
import { listMemberGroups } from "@/lib/groups/list-member-groups";
import { removeGroupMember } from "@/lib/groups/remove-group-member";
import { updateGroup } from "@/lib/groups/update-group";
import { META, seedTenant } from "./support/fixtures";
import { auditActions, auditOf, bindingsOf, grant, membersOfGroup, newGroup, newWorkspace, refusal } from "./support/workspace-fixtures";

const groupsOf = async (tenantId: string) =>
  (await getDb().select({ name: groups.name, description: groups.description }).from(groups).where(eq(groups.tenantId, tenantId))).sort((a, b) =>
    a.name.localeCompare(b.name),
  );

describe("creating, renaming and describing groups", () => {
  it("an Admin creates a group; the event names it", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const group = await createGroup.execute(members[0]!.caller, { name: "  SecOps ", description: "Security operations" }, META);
    expect(group.name).toBe("SecOps");
    expect(await groupsOf(tenantId)).toEqual([{ name: "SecOps", description: "Security operations" }]);
    const [event] = await auditOf(tenantId);
    expect(event).toMatchObject({ action: "group.created", targetType: "group", targetId: group.id, targetLabel: "SecOps", actorId: members[0]!.userId });
  });

  it("names are unique per tenant whatever their case, and another tenant may reuse one", async () => {
    const a = await seedTenant(["admin"]);
    const b = await seedTenant(["admin"]);
    await createGroup.execute(a.members[0]!.caller, { name: "SecOps" }, META);
    const error = await refusal(createGroup.execute(a.members[0]!.caller, { name: "secops" }, META));
    expect(error.fieldErrors).toEqual({ name: ["A group named “secops” already exists."] });
    expect(await groupsOf(a.tenantId)).toHaveLength(1);
    expect(await auditActions(a.tenantId)).toEqual(["group.created"]);
    await createGroup.execute(b.members[0]!.caller, { name: "SecOps" }, META);
    expect(await groupsOf(b.tenantId)).toHaveLength(1);
  });

  it("bad input gets a message per field and creates nothing", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const tooLong = await refusal(createGroup.execute(members[0]!.caller, { name: "x".repeat(65), description: "d".repeat(257) }, META));
    expect(tooLong.fieldErrors).toEqual({ name: ["A group name has at most 64 characters."], description: ["A description has at most 256 characters."] });
    expect((await refusal(createGroup.execute(members[0]!.caller, { name: "  " }, META))).fieldErrors).toEqual({ name: ["Enter a group name."] });
    expect(await groupsOf(tenantId)).toEqual([]);
    expect(await auditOf(tenantId)).toEqual([]);
  });

  it.each(["builder", "consumer"] as const)("a %s may not create, rename or delete groups", async (role) => {
    const { tenantId, members } = await seedTenant(["admin", role]);
    const group = await newGroup(members[0]!, "SecOps");
    const before = await auditActions(tenantId);
    const other = members[1]!.caller;
    expect((await refusal(createGroup.execute(other, { name: "Mine" }, META))).code).toBe("forbidden");
    expect((await refusal(updateGroup.execute(other, { groupId: group.id, name: "Renamed" }, META))).code).toBe("forbidden");
    expect((await refusal(deleteGroup.execute(other, { groupId: group.id, confirmName: "SecOps" }, META))).code).toBe("forbidden");
    expect(await groupsOf(tenantId)).toEqual([{ name: "SecOps", description: "" }]);
    expect(await auditActions(tenantId)).toEqual(before);
  });

  it("renaming records before and after; a taken name and another tenant's group are refused", async () => {
    const a = await seedTenant(["admin"]);
    const b = await seedTenant(["admin"]);
    const admin = a.members[0]!;
    const secops = await newGroup(admin, "SecOps");
    await newGroup(admin, "Auditors");
    await updateGroup.execute(admin.caller, { groupId: secops.id, name: "Security", description: "Renamed" }, META);
    const events = await auditOf(a.tenantId);
    expect(events.at(-1)).toMatchObject({
      action: "group.updated",
      details: { before: { name: "SecOps", description: "" }, after: { name: "Security", description: "Renamed" } },
    });

    const taken = await refusal(updateGroup.execute(admin.caller, { groupId: secops.id, name: "AUDITORS" }, META));
    expect(taken.fieldErrors).toEqual({ name: ["A group named “AUDITORS” already exists."] });
    const foreign = await newGroup(b.members[0]!, "Theirs");
    expect(await refusal(updateGroup.execute(admin.caller, { groupId: foreign.id, name: "Stolen" }, META))).toMatchObject({
      code: "not_found",
      message: "The group was not found.",
    });
    expect((await refusal(updateGroup.execute(admin.caller, { groupId: "not-an-id", name: "X" }, META))).fieldErrors).toEqual({ groupId: ["The group was not found."] });
    expect(await groupsOf(a.tenantId)).toEqual([{ name: "Auditors", description: "" }, { name: "Security", description: "Renamed" }]);
    expect(await groupsOf(b.tenantId)).toEqual([{ name: "Theirs", description: "" }]);
    expect(await auditOf(a.tenantId)).toHaveLength(events.length);
  });
});

describe("group members", () => {
  it("adds several members at once, one event per new membership, and ignores who is already in", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder", "consumer"]);
    const [admin, builder, consumer] = members;
    const group = await newGroup(admin!, "SecOps");
    await addGroupMembers.execute(admin!.caller, { groupIds: group.id, userIds: [builder!.userId, consumer!.userId] }, META);
    expect(await membersOfGroup(group.id)).toEqual([builder!.userId, consumer!.userId].sort());
    const added = (await auditOf(tenantId)).filter((e) => e.action === "group.member_added");
    expect(added.map((e) => e.targetLabel).sort()).toEqual([builder!.email, consumer!.email].sort());
    expect(added[0]!.details).toMatchObject({ groupId: group.id, group: "SecOps" });

    expect(await addGroupMembers.execute(admin!.caller, { groupIds: group.id, userIds: consumer!.userId }, META)).toEqual({ added: 0 });
    expect((await auditOf(tenantId)).filter((e) => e.action === "group.member_added")).toHaveLength(2);
  });

  it("adds one member to several groups (the member's page)", async () => {
    const { members } = await seedTenant(["admin", "consumer"]);
    const [admin, consumer] = members;
    const a = await newGroup(admin!, "Alpha");
    const b = await newGroup(admin!, "Beta");
    await addGroupMembers.execute(admin!.caller, { groupIds: [a.id, b.id], userIds: consumer!.userId }, META);
    expect((await listMemberGroups(admin!.caller, consumer!.userId)).map((g) => g.name)).toEqual(["Alpha", "Beta"]);
    expect((await listMemberGroups(consumer!.caller, consumer!.userId)).map((g) => g.name)).toEqual(["Alpha", "Beta"]);
  });

  it("refuses a user of another tenant and another tenant's group; nothing changes", async () => {
    const a = await seedTenant(["admin"]);
    const b = await seedTenant(["admin", "consumer"]);
    const admin = a.members[0]!;
    const group = await newGroup(admin, "SecOps");
    const theirGroup = await newGroup(b.members[0]!, "Theirs");
    const before = await auditActions(a.tenantId);
    const outsider = await refusal(addGroupMembers.execute(admin.caller, { groupIds: group.id, userIds: b.members[1]!.userId }, META));
    expect(outsider.fieldErrors).toEqual({ userIds: ["A chosen user is not a member of this tenant."] });
    const foreignGroup = await refusal(addGroupMembers.execute(admin.caller, { groupIds: theirGroup.id, userIds: admin.userId }, META));
    expect(foreignGroup.fieldErrors).toEqual({ groupIds: ["A chosen group was not found."] });
    const nothing = await refusal(addGroupMembers.execute(admin.caller, { groupIds: group.id }, META));
    expect(nothing.fieldErrors).toEqual({ userIds: ["Choose at least one member."] });
    expect(await membersOfGroup(group.id)).toEqual([]);
    expect(await membersOfGroup(theirGroup.id)).toEqual([]);
    expect(await auditActions(a.tenantId)).toEqual(before);
    expect(await auditActions(b.tenantId)).toEqual(["group.created"]);
  });

  it("removes a member with an event; an unknown pair and a Builder are refused", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder", "consumer"]);
    const [admin, builder, consumer] = members;
    const group = await newGroup(admin!, "SecOps", [consumer!]);
    expect((await refusal(removeGroupMember.execute(builder!.caller, { groupId: group.id, userId: consumer!.userId }, META))).code).toBe("forbidden");
    expect((await refusal(removeGroupMember.execute(admin!.caller, { groupId: group.id, userId: builder!.userId }, META))).code).toBe("not_found");
    await removeGroupMember.execute(admin!.caller, { groupId: group.id, userId: consumer!.userId }, META);
    expect(await membersOfGroup(group.id)).toEqual([]);
    expect((await auditOf(tenantId)).at(-1)).toMatchObject({ action: "group.member_removed", targetLabel: consumer!.email, details: { group: "SecOps" } });
  });
});

describe("deleting a group", () => {
  it("asks for the name, then removes the group, its members and its workspace roles, naming them in the event", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder", "consumer"]);
    const [admin, builder, consumer] = members;
    const group = await newGroup(admin!, "SecOps", [builder!, consumer!]);
    const prod = await newWorkspace(admin!, "prod-automation");
    await grant(admin!, prod.id, `group:${group.id}`, "contributor");
    const before = await auditActions(tenantId);

    const unconfirmed = await refusal(deleteGroup.execute(admin!.caller, { groupId: group.id, confirmName: "Sec" }, META));
    expect(unconfirmed.fieldErrors).toEqual({ confirmName: ["Type the group's name, “SecOps”, to confirm."] });
    expect(await auditActions(tenantId)).toEqual(before);
    expect(await bindingsOf(prod.id)).toContain(`group:${group.id}=contributor`);

    await deleteGroup.execute(admin!.caller, { groupId: group.id, confirmName: "secops" }, META);
    expect(await groupsOf(tenantId)).toEqual([]);
    expect(await membersOfGroup(group.id)).toEqual([]);
    expect(await bindingsOf(prod.id)).toEqual([`user:${admin!.userId}=owner`]);
    expect((await auditOf(tenantId)).at(-1)).toMatchObject({
      action: "group.deleted",
      targetLabel: "SecOps",
      details: { memberCount: 2, members: expect.arrayContaining([builder!.email, consumer!.email]), workspaceRoles: [{ workspace: "prod-automation", role: "contributor" }] },
    });
  });

  it("another tenant's group is not found and stays", async () => {
    const a = await seedTenant(["admin"]);
    const b = await seedTenant(["admin"]);
    const theirs = await newGroup(b.members[0]!, "Theirs");
    expect((await refusal(deleteGroup.execute(a.members[0]!.caller, { groupId: theirs.id, confirmName: "Theirs" }, META))).code).toBe("not_found");
    expect(await groupsOf(b.tenantId)).toHaveLength(1);
    expect(await auditOf(a.tenantId)).toEqual([]);
  });
});

describe("reading groups", () => {
  it("Admins and Builders list groups with member counts; Consumers may not", async () => {
    const { members } = await seedTenant(["admin", "builder", "consumer"]);
    const [admin, builder, consumer] = members;
    await newGroup(admin!, "beta", [builder!, consumer!]);
    await newGroup(admin!, "Alpha");
    const page = await listGroups(builder!.caller, 1);
    expect(page.items.map((g) => [g.name, g.memberCount])).toEqual([["Alpha", 0], ["beta", 2]]);
    expect(page.total).toBe(2);
    expect((await refusal(listGroups(consumer!.caller, 1))).code).toBe("forbidden");
    expect((await refusal(listMemberGroups(consumer!.caller, builder!.userId))).code).toBe("forbidden");
  });

  it("a group page names its members and workspace roles; another tenant's group reads as missing", async () => {
    const a = await seedTenant(["admin", "consumer"]);
    const b = await seedTenant(["admin"]);
    const group = await newGroup(a.members[0]!, "SecOps", [a.members[1]!]);
    const prod = await newWorkspace(a.members[0]!, "prod-automation");
    await grant(a.members[0]!, prod.id, `group:${group.id}`, "viewer");
    const detail = await getGroup(a.members[0]!.caller, group.id, 1);
    expect(detail?.members.items.map((m) => m.email)).toEqual([a.members[1]!.email]);
    expect(detail?.impact.workspaceRoles).toEqual([{ workspaceId: prod.id, workspaceName: "prod-automation", role: "viewer" }]);
    expect(await getGroup(b.members[0]!.caller, group.id, 1)).toBeNull();
    expect(await getGroup(b.members[0]!.caller, "not-an-id", 1)).toBeNull();
  });
});
