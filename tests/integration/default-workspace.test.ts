import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users, workspaces } from "@/db/schema";
import { getDb } from "@/lib/db";
import { addMembership } from "@/lib/memberships/add-membership";
import { updateDefaultWorkspace } from "@/lib/settings/default-workspace";
import { META, seedTenant } from "./support/fixtures";
import { eventsOf, settingsOf } from "./support/settings-rows";
import { bindingsOf, newWorkspace, refusal, user } from "./support/workspace-fixtures";

async function newUser() {
  const username = `nm-${crypto.randomUUID().slice(0, 8)}`;
  const [row] = await getDb().insert(users).values({ email: `${username}@example.test`, username, name: `User ${username}` }).returning();
  return row!;
}

describe("default workspace for new members", () => {
  it("an Admin sets it; every member added afterwards gets its role there, audited with the membership", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const admin = members[0]!;
    const ws = await newWorkspace(admin, "onboarding");
    await updateDefaultWorkspace.execute(admin.caller, { defaultWorkspaceId: ws.id, defaultWorkspaceRole: "contributor" }, META);
    expect(await settingsOf(tenantId)).toMatchObject({ defaultWorkspaceId: ws.id, defaultWorkspaceRole: "contributor" });
    expect((await eventsOf(tenantId)).map((e) => e.action)).toContain("settings.default_workspace.updated");

    const person = await newUser();
    const added = await getDb().transaction((tx) => addMembership(tx, { tenantId, userId: person.id, role: "consumer" }));
    expect(await bindingsOf(ws.id)).toEqual(expect.arrayContaining([`user:${person.id}=contributor`, `${user(admin)}=owner`]));
    expect(added.events.map((e) => e.action)).toEqual(["workspace.created", "workspace.member_added"]);
    expect(added.events[1]).toMatchObject({ workspaceId: ws.id, details: { workspace: "onboarding", role: "contributor" } });
  });

  it("refuses another tenant's workspace, a personal workspace and an unknown role, and changes nothing", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const other = await seedTenant(["admin"]);
    const foreign = await newWorkspace(other.members[0]!, "elsewhere");
    const admin = members[0]!;
    const before = await settingsOf(tenantId);
    const cases = [
      [{ defaultWorkspaceId: foreign.id, defaultWorkspaceRole: "viewer" }, "defaultWorkspaceId", "Choose a workspace of this tenant."],
      [{ defaultWorkspaceId: admin.personalWorkspaceId, defaultWorkspaceRole: "viewer" }, "defaultWorkspaceId", "A personal workspace cannot be the default for new members."],
      [{ defaultWorkspaceId: "none", defaultWorkspaceRole: "owner" }, "defaultWorkspaceRole", "Choose Viewer or Contributor."],
    ] as const;
    for (const [input, field, message] of cases) {
      const error = await refusal(updateDefaultWorkspace.execute(admin.caller, input, META));
      expect(error.fieldErrors?.[field]).toEqual([message]);
    }
    expect(await settingsOf(tenantId)).toEqual(before);
  });

  it("a deleted default workspace stops being the default; new members then get only their personal workspace", async () => {
    const { tenantId, members } = await seedTenant(["admin"]);
    const ws = await newWorkspace(members[0]!, "short-lived");
    await updateDefaultWorkspace.execute(members[0]!.caller, { defaultWorkspaceId: ws.id, defaultWorkspaceRole: "viewer" }, META);
    await getDb().delete(workspaces).where(eq(workspaces.id, ws.id));
    expect((await settingsOf(tenantId)).defaultWorkspaceId).toBeNull();
    const person = await newUser();
    const added = await getDb().transaction((tx) => addMembership(tx, { tenantId, userId: person.id, role: "consumer" }));
    expect(added.events.map((e) => e.action)).toEqual(["workspace.created"]);
  });
});
