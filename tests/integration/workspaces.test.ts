import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { workspaces } from "@/db/schema";
import { getDb } from "@/lib/db";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { getWorkspace } from "@/lib/workspaces/get-workspace";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";
import { updateWorkspace } from "@/lib/workspaces/update-workspace";
import { META, seedTenant } from "./support/fixtures";
import { auditActions, auditOf, bindingsOf, grant, newGroup, newWorkspace, refusal, user, workspaceNamed } from "./support/workspace-fixtures";

const namesIn = async (tenantId: string) =>
  (await getDb().select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.tenantId, tenantId))).map((w) => w.name).sort();

describe("creating a workspace", () => {
  it.each(["admin", "builder"] as const)("a %s creates one and becomes its direct Owner; the event names it", async (role) => {
    const { tenantId, members } = await seedTenant([role]);
    const creator = members[0]!;
    const created = await createWorkspace.execute(creator.caller, { name: "prod-automation", displayName: "Production", description: "Live flows" }, META);
    expect(await workspaceNamed(tenantId, "prod-automation")).toMatchObject({ displayName: "Production", description: "Live flows", personal: false });
    expect(await bindingsOf(created.id)).toEqual([`${user(creator)}=owner`]);
    expect((await auditOf(tenantId)).at(-1)).toMatchObject({
      action: "workspace.created",
      category: "system_configuration",
      workspaceId: created.id,
      targetLabel: "prod-automation",
      details: { owner: creator.email },
    });
  });

  it("a Consumer is refused and nothing is created", async () => {
    const { tenantId, members } = await seedTenant(["consumer"]);
    const error = await refusal(createWorkspace.execute(members[0]!.caller, { name: "sneaky", displayName: "Sneaky" }, META));
    expect(error).toMatchObject({ code: "forbidden", message: "You do not have permission to do that." });
    expect(await namesIn(tenantId)).toEqual([`personal-${members[0]!.username}`]);
    expect(await auditOf(tenantId)).toEqual([]);
  });

  it("bad characters, a reserved prefix and a taken name get a message next to the field; nothing changes", async () => {
    const a = await seedTenant(["admin"]);
    const b = await seedTenant(["admin"]);
    const admin = a.members[0]!;
    await newWorkspace(admin, "prod-automation");
    const before = await namesIn(a.tenantId);
    const cases: [Record<string, string>, Record<string, string[]>][] = [
      [{ name: "Prod Automation", displayName: "P" }, { name: ["Use only lowercase letters, digits and hyphens."] }],
      [{ name: "personal-mine", displayName: "P" }, { name: ["Names starting with “personal-” are reserved for personal workspaces."] }],
      [{ name: "prod-automation", displayName: "Again" }, { name: ["A workspace named “prod-automation” already exists."] }],
      [{ name: "ok-name", displayName: "" }, { displayName: ["Enter a display name."] }],
    ];
    for (const [input, fieldErrors] of cases) {
      expect((await refusal(createWorkspace.execute(admin.caller, input, META))).fieldErrors, input.name).toEqual(fieldErrors);
    }
    expect(await namesIn(a.tenantId)).toEqual(before);
    expect(await auditActions(a.tenantId)).toEqual(["workspace.created"]);
    // The same name in another tenant is fine: names are unique per tenant.
    await newWorkspace(b.members[0]!, "prod-automation");
    expect(await namesIn(b.tenantId)).toContain("prod-automation");
  });
});

describe("editing and deleting a workspace", () => {
  it("its Owner edits the display name and description; the event has before and after", async () => {
    const { tenantId, members } = await seedTenant(["builder"]);
    const ws = await newWorkspace(members[0]!, "prod-automation");
    await updateWorkspace.execute(members[0]!.caller, { workspaceId: ws.id, displayName: "Production", description: "Live" }, META);
    expect(await workspaceNamed(tenantId, "prod-automation")).toMatchObject({ displayName: "Production", description: "Live" });
    expect((await auditOf(tenantId)).at(-1)).toMatchObject({
      action: "workspace.updated",
      workspaceId: ws.id,
      details: { before: { displayName: "prod-automation", description: "" }, after: { displayName: "Production", description: "Live" } },
    });
  });

  it("a Contributor may not edit or delete; a Consumer without a role there finds nothing; another tenant's Admin neither", async () => {
    const a = await seedTenant(["builder", "consumer", "consumer"]);
    const b = await seedTenant(["admin"]);
    const [owner, contributor, stranger] = a.members;
    const ws = await newWorkspace(owner!, "prod-automation");
    await grant(owner!, ws.id, user(contributor!), "contributor");
    const before = await auditActions(a.tenantId);
    const edit = { workspaceId: ws.id, displayName: "Hijacked" };
    expect((await refusal(updateWorkspace.execute(contributor!.caller, edit, META))).code).toBe("forbidden");
    expect((await refusal(deleteWorkspace.execute(contributor!.caller, { workspaceId: ws.id, confirmName: "prod-automation" }, META))).code).toBe("forbidden");
    for (const outsider of [stranger!.caller, b.members[0]!.caller]) {
      expect(await refusal(updateWorkspace.execute(outsider, edit, META))).toMatchObject({ code: "not_found", message: "The workspace was not found." });
      expect((await refusal(deleteWorkspace.execute(outsider, { workspaceId: ws.id, confirmName: "prod-automation" }, META))).code).toBe("not_found");
    }
    expect((await refusal(updateWorkspace.execute(owner!.caller, { workspaceId: "nope", displayName: "X" }, META))).code).toBe("not_found");
    expect(await workspaceNamed(a.tenantId, "prod-automation")).toMatchObject({ displayName: "prod-automation" });
    expect(await auditActions(a.tenantId)).toEqual(before);
    expect(await auditOf(b.tenantId)).toEqual([]);
  });

  it("the Owner deletes after typing the name; the roles in it go too", async () => {
    const { tenantId, members } = await seedTenant(["builder", "consumer"]);
    const [owner, viewer] = members;
    const ws = await newWorkspace(owner!, "prod-automation");
    await grant(owner!, ws.id, user(viewer!), "viewer");
    const wrong = await refusal(deleteWorkspace.execute(owner!.caller, { workspaceId: ws.id, confirmName: "prod" }, META));
    expect(wrong.fieldErrors).toEqual({ confirmName: ["Type the workspace's name, “prod-automation”, to confirm."] });
    expect(await bindingsOf(ws.id)).toHaveLength(2);
    await deleteWorkspace.execute(owner!.caller, { workspaceId: ws.id, confirmName: "prod-automation" }, META);
    expect(await workspaceNamed(tenantId, "prod-automation")).toBeUndefined();
    expect(await bindingsOf(ws.id)).toEqual([]);
    expect((await auditOf(tenantId)).at(-1)).toMatchObject({ action: "workspace.deleted", workspaceId: ws.id, targetLabel: "prod-automation" });
  });

  it("a tenant Admin who is not a member may delete any workspace", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const ws = await newWorkspace(members[1]!, "team-space");
    await deleteWorkspace.execute(members[0]!.caller, { workspaceId: ws.id, confirmName: "team-space" }, META);
    expect(await workspaceNamed(tenantId, "team-space")).toBeUndefined();
  });

  it("a personal workspace cannot be deleted while its user is a member, not even by an Admin", async () => {
    const { tenantId, members } = await seedTenant(["admin", "consumer"]);
    const [admin, consumer] = members;
    const name = `personal-${consumer!.username}`;
    for (const by of [admin!, consumer!]) {
      const error = await refusal(deleteWorkspace.execute(by.caller, { workspaceId: consumer!.personalWorkspaceId, confirmName: name }, META));
      expect(error).toMatchObject({ code: "invariant_violation", message: "A personal workspace cannot be deleted while its user is a member of the tenant." });
    }
    expect(await workspaceNamed(tenantId, name)).toBeDefined();
  });
});

describe("listing and reading workspaces", () => {
  it("an Admin sees every shared workspace and their own personal one; the toggle adds everyone's personal ones", async () => {
    const { members } = await seedTenant(["admin", "builder", "consumer"]);
    const [admin, builder, consumer] = members;
    await newWorkspace(builder!, "beta");
    await newWorkspace(builder!, "alpha");
    const shared = await listWorkspaces(admin!.caller, { includePersonal: false, page: 1 });
    expect(shared.items.map((w) => [w.name, w.role])).toEqual([
      ["alpha", "owner"],
      ["beta", "owner"],
      [`personal-${admin!.username}`, "owner"],
    ]);
    const all = await listWorkspaces(admin!.caller, { includePersonal: true, page: 1 });
    expect(all.items.map((w) => w.name)).toEqual(
      ["alpha", "beta", `personal-${admin!.username}`, `personal-${builder!.username}`, `personal-${consumer!.username}`].sort(),
    );
    expect(all.total).toBe(5);
  });

  it("others see only where they hold a role, directly or through a group, with their role", async () => {
    const { members } = await seedTenant(["admin", "builder", "consumer"]);
    const [admin, builder, consumer] = members;
    const alpha = await newWorkspace(builder!, "alpha");
    await newWorkspace(builder!, "beta");
    const gamma = await newWorkspace(admin!, "gamma");
    await grant(builder!, alpha.id, user(consumer!), "viewer");
    const group = await newGroup(admin!, "Readers", [consumer!]);
    await grant(admin!, gamma.id, `group:${group.id}`, "contributor");
    const page = await listWorkspaces(consumer!.caller, { includePersonal: true, page: 1 });
    expect(page.items.map((w) => [w.name, w.role])).toEqual([
      ["alpha", "viewer"],
      ["gamma", "contributor"],
      [`personal-${consumer!.username}`, "owner"],
    ]);
  });

  it("a workspace page shows members and the caller's access; not found for outsiders and other tenants", async () => {
    const a = await seedTenant(["builder", "consumer", "consumer"]);
    const b = await seedTenant(["admin"]);
    const [owner, viewer, stranger] = a.members;
    const ws = await newWorkspace(owner!, "prod-automation");
    await grant(owner!, ws.id, user(viewer!), "viewer");
    const seen = await getWorkspace(viewer!.caller, "prod-automation", 1);
    expect(seen?.access.role).toBe("viewer");
    expect(seen?.members.items.map((m) => [m.label, m.detail, m.role])).toEqual([
      [owner!.caller.name, owner!.email, "owner"],
      [viewer!.caller.name, viewer!.email, "viewer"],
    ]);
    expect(await getWorkspace(stranger!.caller, "prod-automation", 1)).toBeNull();
    expect(await getWorkspace(b.members[0]!.caller, "prod-automation", 1)).toBeNull();
  });
});
