import { describe, expect, it } from "vitest";
import { addWorkspaceMember } from "@/lib/workspaces/add-workspace-member";
import { changeWorkspaceMemberRole } from "@/lib/workspaces/change-workspace-member-role";
import { leaveWorkspace } from "@/lib/workspaces/leave-workspace";
import { removeWorkspaceMember } from "@/lib/workspaces/remove-workspace-member";
import { META, seedTenant } from "./support/fixtures";
import { auditActions, auditOf, bindingsOf, grant, newGroup, newWorkspace, refusal, user } from "./support/workspace-fixtures";

const LAST_OWNER = "A workspace needs at least one Owner. Make another member Owner first.";

describe("adding workspace members", () => {
  it("the Owner gives a user and a group of the tenant a role; one event each, tagged with the workspace", async () => {
    const { tenantId, members } = await seedTenant(["builder", "consumer", "admin"]);
    const [owner, consumer, admin] = members;
    const ws = await newWorkspace(owner!, "prod-automation");
    const group = await newGroup(admin!, "SecOps");
    await addWorkspaceMember.execute(owner!.caller, { workspaceId: ws.id, principal: user(consumer!), role: "viewer" }, META);
    await addWorkspaceMember.execute(owner!.caller, { workspaceId: ws.id, principal: `group:${group.id}`, role: "contributor" }, META);
    expect(await bindingsOf(ws.id)).toEqual([`group:${group.id}=contributor`, `${user(consumer!)}=viewer`, `${user(owner!)}=owner`].sort());
    const events = (await auditOf(tenantId)).filter((e) => e.action === "workspace.member_added");
    expect(events.map((e) => [e.targetType, e.targetLabel, e.workspaceId, (e.details as { role: string }).role])).toEqual([
      ["user", consumer!.email, ws.id, "viewer"],
      ["group", "SecOps", ws.id, "contributor"],
    ]);
  });

  it("a member of another tenant, another tenant's group, and a principal already bound are refused; nothing changes", async () => {
    const a = await seedTenant(["builder", "consumer"]);
    const b = await seedTenant(["admin", "consumer"]);
    const [owner, consumer] = a.members;
    const ws = await newWorkspace(owner!, "prod-automation");
    await grant(owner!, ws.id, user(consumer!), "viewer");
    const theirGroup = await newGroup(b.members[0]!, "Theirs");
    const before = { bindings: await bindingsOf(ws.id), audit: await auditActions(a.tenantId) };
    const add = (principal: string) => refusal(addWorkspaceMember.execute(owner!.caller, { workspaceId: ws.id, principal, role: "owner" }, META));
    expect((await add(user(b.members[1]!))).fieldErrors).toEqual({ principal: ["That user is not a member of this tenant."] });
    expect((await add(`group:${theirGroup.id}`)).fieldErrors).toEqual({ principal: ["That group was not found."] });
    expect((await add(user(consumer!))).fieldErrors).toEqual({ principal: [`${consumer!.email} already has a role in this workspace; change it in the list.`] });
    expect((await add("someone")).fieldErrors).toEqual({ principal: ["Choose a user or group."] });
    const badRole = await refusal(addWorkspaceMember.execute(owner!.caller, { workspaceId: ws.id, principal: user(owner!), role: "admin" }, META));
    expect(badRole.fieldErrors).toEqual({ role: ["Choose Owner, Contributor or Viewer."] });
    expect(await bindingsOf(ws.id)).toEqual(before.bindings);
    expect(await auditActions(a.tenantId)).toEqual(before.audit);
    expect(await auditOf(b.tenantId)).toHaveLength(1);
  });

  it("a Contributor may not manage members; a Consumer with no role there does not even find the workspace", async () => {
    const { tenantId, members } = await seedTenant(["builder", "consumer", "consumer"]);
    const [owner, contributor, stranger] = members;
    const ws = await newWorkspace(owner!, "prod-automation");
    await grant(owner!, ws.id, user(contributor!), "contributor");
    const before = { bindings: await bindingsOf(ws.id), audit: await auditActions(tenantId) };
    const attempts = (by: typeof owner) => [
      () => addWorkspaceMember.execute(by!.caller, { workspaceId: ws.id, principal: user(stranger!), role: "owner" }, META),
      () => changeWorkspaceMemberRole.execute(by!.caller, { workspaceId: ws.id, principal: user(contributor!), role: "owner" }, META),
      () => removeWorkspaceMember.execute(by!.caller, { workspaceId: ws.id, principal: user(owner!) }, META),
    ];
    for (const attempt of attempts(contributor)) expect(await refusal(attempt())).toMatchObject({ code: "forbidden", message: "You do not have permission to do that." });
    for (const attempt of attempts(stranger)) expect(await refusal(attempt())).toMatchObject({ code: "not_found", message: "The workspace was not found." });
    expect(await bindingsOf(ws.id)).toEqual(before.bindings);
    expect(await auditActions(tenantId)).toEqual(before.audit);
  });

  it("a role in workspace A grants nothing in workspace B", async () => {
    const { members } = await seedTenant(["builder", "consumer", "consumer"]);
    const [builder, consumer, third] = members;
    const a = await newWorkspace(builder!, "workspace-a");
    const b = await newWorkspace(builder!, "workspace-b");
    await grant(builder!, a.id, user(consumer!), "owner");
    await addWorkspaceMember.execute(consumer!.caller, { workspaceId: a.id, principal: user(third!), role: "viewer" }, META);
    expect(await bindingsOf(a.id)).toContain(`${user(third!)}=viewer`);
    const inB = await refusal(addWorkspaceMember.execute(consumer!.caller, { workspaceId: b.id, principal: user(third!), role: "viewer" }, META));
    expect(inB.code).toBe("not_found");
    expect(await bindingsOf(b.id)).toEqual([`${user(builder!)}=owner`]);
  });

  it("a personal workspace cannot be shared and its owner cannot change while its user is a member", async () => {
    const { members } = await seedTenant(["admin", "consumer"]);
    const [admin, consumer] = members;
    const personal = consumer!.personalWorkspaceId;
    const message = "A personal workspace cannot be shared, and its owner cannot change, while its user is a member of the tenant.";
    for (const by of [admin!, consumer!]) {
      expect(await refusal(addWorkspaceMember.execute(by.caller, { workspaceId: personal, principal: user(admin!), role: "viewer" }, META))).toMatchObject({
        code: "invariant_violation",
        message,
      });
      expect((await refusal(changeWorkspaceMemberRole.execute(by.caller, { workspaceId: personal, principal: user(consumer!), role: "viewer" }, META))).message).toBe(message);
    }
    expect((await refusal(leaveWorkspace.execute(consumer!.caller, { workspaceId: personal }, META))).message).toBe(message);
    expect(await bindingsOf(personal)).toEqual([`${user(consumer!)}=owner`]);
  });
});

describe("changing roles, removing, leaving", () => {
  it("the Owner changes a role (event with before and after) and removes a member (event with the old role)", async () => {
    const { tenantId, members } = await seedTenant(["builder", "consumer"]);
    const [owner, consumer] = members;
    const ws = await newWorkspace(owner!, "prod-automation");
    await grant(owner!, ws.id, user(consumer!), "viewer");
    await changeWorkspaceMemberRole.execute(owner!.caller, { workspaceId: ws.id, principal: user(consumer!), role: "contributor" }, META);
    expect(await bindingsOf(ws.id)).toContain(`${user(consumer!)}=contributor`);
    expect((await auditOf(tenantId)).at(-1)).toMatchObject({
      action: "workspace.member_role_changed",
      targetLabel: consumer!.email,
      details: { before: { role: "viewer" }, after: { role: "contributor" } },
    });
    // Setting the role it already has changes nothing and records nothing.
    const count = (await auditOf(tenantId)).length;
    await changeWorkspaceMemberRole.execute(owner!.caller, { workspaceId: ws.id, principal: user(consumer!), role: "contributor" }, META);
    expect(await auditOf(tenantId)).toHaveLength(count);

    await removeWorkspaceMember.execute(owner!.caller, { workspaceId: ws.id, principal: user(consumer!) }, META);
    expect(await bindingsOf(ws.id)).toEqual([`${user(owner!)}=owner`]);
    expect((await auditOf(tenantId)).at(-1)).toMatchObject({ action: "workspace.member_removed", details: { role: "contributor" } });
    expect((await refusal(removeWorkspaceMember.execute(owner!.caller, { workspaceId: ws.id, principal: user(consumer!) }, META))).code).toBe("not_found");
  });

  it("a member leaves; access through a group alone is not theirs to leave", async () => {
    const { tenantId, members } = await seedTenant(["admin", "consumer", "consumer"]);
    const [admin, direct, viaGroup] = members;
    const ws = await newWorkspace(admin!, "prod-automation");
    await grant(admin!, ws.id, user(direct!), "viewer");
    const group = await newGroup(admin!, "Readers", [viaGroup!]);
    await grant(admin!, ws.id, `group:${group.id}`, "viewer");
    await leaveWorkspace.execute(direct!.caller, { workspaceId: ws.id }, META);
    expect(await bindingsOf(ws.id)).not.toContain(`${user(direct!)}=viewer`);
    expect((await auditOf(tenantId)).at(-1)).toMatchObject({ action: "workspace.left", actorId: direct!.userId, workspaceId: ws.id });
    const error = await refusal(leaveWorkspace.execute(viaGroup!.caller, { workspaceId: ws.id }, META));
    expect(error.message).toBe("You have no direct role in this workspace; your access comes from a group or your tenant role.");
  });

  it("the last Owner cannot leave, be demoted or be removed; with a second Owner they can", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder", "consumer"]);
    const [admin, owner, consumer] = members;
    const ws = await newWorkspace(owner!, "prod-automation");
    const group = await newGroup(admin!, "Owners", [consumer!]);
    // An Owner role through a group does not count: the rule is about direct Owners.
    await grant(owner!, ws.id, `group:${group.id}`, "owner");
    const before = { bindings: await bindingsOf(ws.id), audit: await auditActions(tenantId) };
    const attempts = [
      () => leaveWorkspace.execute(owner!.caller, { workspaceId: ws.id }, META),
      () => changeWorkspaceMemberRole.execute(admin!.caller, { workspaceId: ws.id, principal: user(owner!), role: "viewer" }, META),
      () => removeWorkspaceMember.execute(owner!.caller, { workspaceId: ws.id, principal: user(owner!) }, META),
    ];
    for (const attempt of attempts) expect(await refusal(attempt())).toMatchObject({ code: "invariant_violation", message: LAST_OWNER });
    expect(await bindingsOf(ws.id)).toEqual(before.bindings);
    expect(await auditActions(tenantId)).toEqual(before.audit);

    await grant(owner!, ws.id, user(consumer!), "owner");
    await leaveWorkspace.execute(owner!.caller, { workspaceId: ws.id }, META);
    expect(await bindingsOf(ws.id)).toEqual([`group:${group.id}=owner`, `${user(consumer!)}=owner`].sort());
  });
});
