import { describe, expect, it } from "vitest";
import { pickGroupsForMember, pickMembersForAccess, pickMembersForGroups, pickWorkspacePrincipals } from "@/lib/directory/pickers";
import { countRoleHolders } from "@/lib/roles/count-role-holders";
import { seedTenant } from "./support/fixtures";
import { grant, newGroup, newWorkspace, refusal, user } from "./support/workspace-fixtures";

describe("how many principals hold each role", () => {
  it("counts members per tenant role and distinct users and groups per workspace role, in this tenant only", async () => {
    const { members } = await seedTenant(["admin", "builder", "consumer", "consumer"]);
    await seedTenant(["admin", "admin"]);
    const [admin, builder, consumer, other] = members;
    const ws = await newWorkspace(builder!, "team-space");
    const second = await newWorkspace(builder!, "second-space");
    const group = await newGroup(admin!, "Readers", [consumer!]);
    await grant(builder!, ws.id, `group:${group.id}`, "viewer");
    await grant(builder!, ws.id, user(consumer!), "contributor");
    await grant(builder!, second.id, user(consumer!), "contributor");
    await grant(builder!, second.id, user(other!), "viewer");
    const counts = await countRoleHolders(consumer!.caller);
    expect(counts.tenant).toEqual({ admin: 1, builder: 1, consumer: 2 });
    // Owners: the four personal workspaces' users (the builder also owns the two shared ones, counted once).
    expect(counts.workspace).toEqual({ owner: 4, contributor: 1, viewer: 2 });
  });
});

describe("picker searches", () => {
  it("find members and groups of the caller's tenant only, with LIKE wildcards taken literally", async () => {
    const a = await seedTenant(["admin", "consumer"]);
    const b = await seedTenant(["consumer"]);
    const [admin, consumer] = a.members;
    await newGroup(admin!, "Sec_Ops");
    await newGroup(admin!, "SecXOps");
    expect((await pickMembersForGroups(admin!.caller, consumer!.username)).map((o) => o.value)).toEqual([consumer!.userId]);
    expect(await pickMembersForGroups(admin!.caller, b.members[0]!.username)).toEqual([]);
    expect((await pickGroupsForMember(admin!.caller, "c_o")).map((o) => o.label)).toEqual(["Sec_Ops"]);
    expect((await pickMembersForAccess(admin!.caller, "%")).map((o) => o.value)).toEqual([]);
  });

  it("are refused to whoever could not use the choice", async () => {
    const { members } = await seedTenant(["admin", "builder", "consumer"]);
    const [admin, builder, consumer] = members;
    expect((await refusal(pickMembersForGroups(builder!.caller, "a"))).code).toBe("forbidden");
    expect((await refusal(pickGroupsForMember(consumer!.caller, "a"))).code).toBe("forbidden");
    expect((await refusal(pickMembersForAccess(builder!.caller, "a"))).code).toBe("forbidden");
    const ws = await newWorkspace(builder!, "team-space");
    await grant(builder!, ws.id, user(consumer!), "contributor");
    expect((await pickWorkspacePrincipals(builder!.caller, ws.id, consumer!.username)).map((o) => o.value)).toEqual([user(consumer!)]);
    expect((await pickWorkspacePrincipals(admin!.caller, ws.id, consumer!.username)).map((o) => o.value)).toEqual([user(consumer!)]);
    expect((await refusal(pickWorkspacePrincipals(consumer!.caller, ws.id, "a"))).code).toBe("forbidden");
    expect((await refusal(pickWorkspacePrincipals(admin!.caller, crypto.randomUUID(), "a"))).code).toBe("not_found");
  });
});
