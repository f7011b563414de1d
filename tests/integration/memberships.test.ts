import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberships, users, workspaces } from "@/db/schema";
import { getDb } from "@/lib/db";
import { addMembership } from "@/lib/memberships/add-membership";
import { seedTenant } from "./support/fixtures";
import { bindingsOf, newWorkspace, user, workspaceNamed } from "./support/workspace-fixtures";
import { rejectionText } from "./support/error-text";

async function newUser(username: string) {
  const [row] = await getDb().insert(users).values({ email: `${username}@example.test`, username, name: `User ${username}` }).returning();
  return row!;
}

describe("addMembership", () => {
  it("creates the membership and a personal workspace owned by the user", async () => {
    const { tenantId } = await seedTenant([]);
    const person = await newUser(`ada-${crypto.randomUUID().slice(0, 8)}`);
    const added = await getDb().transaction((tx) => addMembership(tx, { tenantId, userId: person.id, role: "consumer" }));
    expect(added.personalWorkspace.name).toBe(`personal-${person.username}`);
    expect(await workspaceNamed(tenantId, added.personalWorkspace.name)).toMatchObject({ personal: true, personalUserId: person.id, displayName: `${person.name} (personal)` });
    expect(await bindingsOf(added.personalWorkspace.id)).toEqual([`user:${person.id}=owner`]);
    expect(added.events).toHaveLength(1);
    expect(added.events[0]).toMatchObject({ action: "workspace.created", workspaceId: added.personalWorkspace.id, details: { personal: true } });
  });

  it("a user who left and comes back gets their old personal workspace back", async () => {
    const { tenantId } = await seedTenant([]);
    const person = await newUser(`bo-${crypto.randomUUID().slice(0, 8)}`);
    const first = await getDb().transaction((tx) => addMembership(tx, { tenantId, userId: person.id, role: "consumer" }));
    await getDb().delete(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, person.id)));
    expect(await bindingsOf(first.personalWorkspace.id)).toEqual([]);
    const again = await getDb().transaction((tx) => addMembership(tx, { tenantId, userId: person.id, role: "builder" }));
    expect(again.personalWorkspace).toEqual(first.personalWorkspace);
    expect(await bindingsOf(first.personalWorkspace.id)).toEqual([`user:${person.id}=owner`]);
  });

  it("takes a numbered name when personal-<username> is already used", async () => {
    const { tenantId } = await seedTenant([]);
    const person = await newUser(`cy-${crypto.randomUUID().slice(0, 8)}`);
    await getDb().insert(workspaces).values({ tenantId, name: `personal-${person.username}`, displayName: "Taken", personal: true });
    const added = await getDb().transaction((tx) => addMembership(tx, { tenantId, userId: person.id, role: "consumer" }));
    expect(added.personalWorkspace.name).toBe(`personal-${person.username}-2`);
  });

  it("removing a member who is the last direct Owner of a shared workspace is refused by the database", async () => {
    const { tenantId, members } = await seedTenant(["builder"]);
    const ws = await newWorkspace(members[0]!, "team-space");
    const removal = getDb().delete(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, members[0]!.userId)));
    expect(await rejectionText(removal)).toMatch(/would be left without a direct owner/);
    expect(await bindingsOf(ws.id)).toEqual([`${user(members[0]!)}=owner`]);
  });
});
