import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tenantSettings } from "@/db/schema";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db";
import { getGroup } from "@/lib/groups/get-group";
import { listMembers } from "@/lib/members/list-members";
import { listMyTenants } from "@/lib/members/my-tenants";
import { deactivateMember } from "@/lib/members/member-status";
import { switchTenant } from "@/lib/members/switch-tenant";
import { addMembership } from "@/lib/memberships/add-membership";
import { META, seedTenant } from "./support/fixtures";
import { enrolTwoFactor } from "./support/two-factor";
import { auditActions, newGroup, refusal } from "./support/workspace-fixtures";

/** One person who is Admin of tenant A and Builder of tenant B, signed in to A. */
async function personInTwoTenants() {
  const a = await seedTenant(["admin", "consumer"]);
  const b = await seedTenant(["admin", "consumer"]);
  const person = a.members[0]!;
  await getDb().transaction((tx) => addMembership(tx, { tenantId: b.tenantId, userId: person.userId, role: "builder" }));
  const token = await getDb().transaction((tx) => createSession(tx, { userId: person.userId, tenantId: a.tenantId, ...META }));
  return { a, b, person, token };
}

describe("switching tenant", () => {
  it("moves the session to the other tenant: only that tenant's data and role count, the other tenant's ids fail", async () => {
    const { a, b, person, token } = await personInTwoTenants();
    const groupInA = await newGroup(person, "Only in A");
    const inA = (await resolveSession(getDb(), token))!;
    const tenants = (await listMyTenants(inA)).map((t) => `${t.id}=${t.role}${t.current ? " (current)" : ""}`);
    expect(tenants.sort()).toEqual([`${a.tenantId}=admin (current)`, `${b.tenantId}=builder`].sort());

    await switchTenant.execute(inA, { tenantId: b.tenantId }, META);
    const inB = (await resolveSession(getDb(), token))!;
    expect([inB.tenantId, inB.role]).toEqual([b.tenantId, "builder"]);
    const seen = (await listMembers(inB)).data.map((m) => m.id);
    expect(seen.sort()).toEqual([...b.members.map((m) => m.userId), person.userId].sort());
    expect(seen).not.toContain(a.members[1]!.userId);
    // A's group id asked from B: not found; an Admin action of A is refused for the Builder of B.
    expect(await getGroup({ ...inB, role: "admin" }, groupInA.id, 1)).toBeNull();
    expect((await refusal(deactivateMember.execute(inB, { userId: a.members[1]!.userId }, META))).code).toBe("forbidden");
    expect(await auditActions(a.tenantId)).toContain("session.tenant_switched");
    expect(await auditActions(b.tenantId)).toContain("session.tenant_switched");
  });

  it("refuses a tenant where the membership is inactive, missing, or closed to the person's domain, and changes nothing", async () => {
    const { a, b, person, token } = await personInTwoTenants();
    const stranger = await seedTenant(["admin"]);
    const inA = (await resolveSession(getDb(), token))!;
    expect((await refusal(switchTenant.execute(inA, { tenantId: stranger.tenantId }, META))).code).toBe("not_found");
    expect((await refusal(switchTenant.execute(inA, { tenantId: "not-a-uuid" }, META))).fieldErrors?.tenantId).toEqual(["The tenant was not found."]);
    await getDb().update(tenantSettings).set({ authorizedDomains: ["elsewhere.test"] }).where(eq(tenantSettings.tenantId, b.tenantId));
    expect((await refusal(switchTenant.execute(inA, { tenantId: b.tenantId }, META))).message).toBe("Your e-mail domain is not authorized in that tenant.");
    await getDb().update(tenantSettings).set({ authorizedDomains: [] }).where(eq(tenantSettings.tenantId, b.tenantId));
    await deactivateMember.execute(b.members[0]!.caller, { userId: person.userId }, META);
    expect((await refusal(switchTenant.execute(inA, { tenantId: b.tenantId }, META))).code).toBe("not_found");
    expect((await resolveSession(getDb(), token))?.tenantId).toBe(a.tenantId);
  });

  it("into a tenant that requires two-factor, only once the person has turned it on", async () => {
    const { b, person, token } = await personInTwoTenants();
    await getDb().update(tenantSettings).set({ requireTwoFactor: true }).where(eq(tenantSettings.tenantId, b.tenantId));
    const inA = (await resolveSession(getDb(), token))!;
    const refused = await refusal(switchTenant.execute(inA, { tenantId: b.tenantId }, META));
    expect([refused.code, refused.message]).toEqual(["forbidden", "That tenant requires two-factor authentication. Turn it on in your profile, then switch."]);
    expect((await resolveSession(getDb(), token))?.tenantId).toBe(inA.tenantId);
    await enrolTwoFactor(person.userId);
    await switchTenant.execute(inA, { tenantId: b.tenantId }, META);
    expect((await resolveSession(getDb(), token))?.tenantId).toBe(b.tenantId);
  });
});
