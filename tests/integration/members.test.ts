import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKeys, groupMembers, memberships, sessions, users, workspaceBindings, workspaces } from "@/db/schema";
import { DomainError } from "@/lib/action/errors";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db";
import { chosenMemberFilterGroup, pickGroupsToFilterMembers } from "@/lib/directory/pickers";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { listMembers } from "@/lib/members/list-members";
import { deactivateMember, reactivateMember } from "@/lib/members/member-status";
import { removeMember } from "@/lib/members/remove-member";
import { newKey } from "./support/api";
import { META, seedTenant, type SeededMember } from "./support/fixtures";
import { auditActions, auditOf, grant, newGroup, newWorkspace, refusal, user } from "./support/workspace-fixtures";

const LAST_ADMIN = "The tenant needs at least one active Admin. Make another member Admin first.";
const roleOf = async (tenantId: string, userId: string) =>
  (await getDb().select().from(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId))))[0];
const signIn = (m: SeededMember, tenantId: string) => getDb().transaction((tx) => createSession(tx, { userId: m.userId, tenantId, ...META }));
const useKey = (secret: string) => authenticateApiKey(getDb(), secret, { ...META, endpoint: "GET /api/v1/me" }, 1000);

describe("the member list", () => {
  it("filters by status, role and group, searches name and e-mail words, and shows each member's groups", async () => {
    const { members } = await seedTenant(["admin", "builder", "consumer", "consumer"]);
    const [admin, builder, c1, c2] = members as [SeededMember, SeededMember, SeededMember, SeededMember];
    const other = await seedTenant(["admin"]);
    const group = await newGroup(admin, "Ops", [builder, c1]);
    await deactivateMember.execute(admin.caller, { userId: c2.userId }, META);

    const all = await listMembers(admin.caller);
    expect(all.data.map((m) => m.id).sort()).toEqual(members.map((m) => m.userId).sort());
    expect(all.data.map((m) => m.id)).not.toContain(other.members[0]!.userId);
    expect(all.data.find((m) => m.id === builder.userId)?.groups).toEqual([{ id: group.id, name: "Ops" }]);

    expect((await listMembers(admin.caller, { status: "inactive" })).data.map((m) => m.id)).toEqual([c2.userId]);
    expect((await listMembers(admin.caller, { role: "consumer", status: "active" })).data.map((m) => m.id)).toEqual([c1.userId]);
    expect((await listMembers(admin.caller, { group: group.id })).data.map((m) => m.id).sort()).toEqual([builder.userId, c1.userId].sort());
    expect((await listMembers(admin.caller, { q: "build" })).data.map((m) => m.id)).toEqual([builder.userId]);
    expect((await listMembers(admin.caller, { q: c1.email.slice(0, 12) })).data.map((m) => m.id)).toEqual([c1.userId]);
    // The Builder reads the directory; a Consumer does not.
    expect((await listMembers(builder.caller)).data).toHaveLength(4);
    expect((await refusal(listMembers(c1.caller))).code).toBe("forbidden");
  });

  it("the group filter searches every group of the tenant (not a first page) and shows the chosen one again", async () => {
    const { members } = await seedTenant(["admin", "consumer"]);
    const [admin, consumer] = members as [SeededMember, SeededMember];
    const other = await seedTenant(["admin"]);
    for (let n = 1; n <= 55; n++) await newGroup(admin, `Team ${String(n).padStart(2, "0")}`);
    const last = await newGroup(admin, "Zulu squad");
    const foreign = await newGroup(other.members[0]!, "Zulu elsewhere");
    expect((await pickGroupsToFilterMembers(admin.caller, "zulu")).map((o) => o.value)).toEqual([last.id]);
    expect(await chosenMemberFilterGroup(admin.caller, last.id)).toMatchObject({ value: last.id, label: "Zulu squad" });
    expect(await chosenMemberFilterGroup(admin.caller, foreign.id)).toBeNull();
    expect(await chosenMemberFilterGroup(admin.caller, "not-an-id")).toBeNull();
    expect((await refusal(pickGroupsToFilterMembers(consumer.caller, "zulu"))).code).toBe("forbidden");
  });

  it("pages with a keyset cursor in every sort order without skipping or repeating anyone", async () => {
    const { members } = await seedTenant(["admin", "builder", "builder", "consumer", "consumer", "consumer", "consumer"]);
    const admin = members[0]!;
    await getDb().update(users).set({ name: "Same Name" }).where(eq(users.id, members[3]!.userId));
    await getDb().update(users).set({ name: "Same Name" }).where(eq(users.id, members[4]!.userId));
    await getDb().update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, members[5]!.userId));
    for (const sort of ["name", "email", "last_sign_in", "created"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await listMembers(admin.caller, { sort, dir, limit: 2, cursor });
          expect(page.data.length).toBeLessThanOrEqual(2);
          seen.push(...page.data.map((m) => m.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(seen.sort(), `${sort} ${dir}`).toEqual(members.map((m) => m.userId).sort());
      }
    }
    const first = await listMembers(admin.caller, { sort: "name", limit: 2 });
    const bad = await refusal(listMembers(admin.caller, { sort: "email", cursor: first.nextCursor! }));
    expect(bad.fieldErrors?.cursor).toBeDefined();
    expect((await refusal(listMembers(admin.caller, { sort: "age" }))).fieldErrors?.sort).toEqual(["Sort by name, email, last_sign_in or created."]);
  });

  it("sorts by the user's current name, e-mail and last sign-in (the membership's copies follow the user row)", async () => {
    const { tenantId, members } = await seedTenant(["admin", "consumer", "consumer"]);
    const [admin, c1, c2] = members as [SeededMember, SeededMember, SeededMember];
    await getDb().update(users).set({ name: "Aaron First", lastSignInAt: new Date() }).where(eq(users.id, c2.userId));
    expect((await listMembers(admin.caller, { limit: 1 })).data.map((m) => [m.id, m.name])).toEqual([[c2.userId, "Aaron First"]]);
    expect((await listMembers(admin.caller, { sort: "last_sign_in", limit: 1 })).data.map((m) => m.id)).toEqual([c2.userId]);
    const [copy] = await getDb().select().from(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, c1.userId)));
    expect([copy?.userName, copy?.userEmail]).toEqual(["consumer 1", c1.email]);
  });
});

describe("changing a member's tenant role", () => {
  it("changes the role, audits before and after, and refuses bad input, lower roles and the last Admin", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder", "consumer"]);
    const [admin, builder, consumer] = members as [SeededMember, SeededMember, SeededMember];
    await changeMemberRole.execute(admin.caller, { userId: consumer.userId, role: "builder" }, META);
    expect((await roleOf(tenantId, consumer.userId))?.role).toBe("builder");
    const [event] = (await auditOf(tenantId)).filter((e) => e.action === "member.role_changed");
    expect(event?.details).toEqual({ before: "consumer", after: "builder" });

    const bad = await refusal(changeMemberRole.execute(admin.caller, { userId: consumer.userId, role: "owner" }, META));
    expect(bad.fieldErrors?.role).toEqual(["Choose Admin, Builder or Consumer."]);
    expect((await refusal(changeMemberRole.execute(builder.caller, { userId: consumer.userId, role: "admin" }, META))).code).toBe("forbidden");
    expect((await refusal(changeMemberRole.execute(admin.caller, { userId: admin.userId, role: "consumer" }, META))).message).toBe(LAST_ADMIN);
    const stranger = await seedTenant(["consumer"]);
    expect((await refusal(changeMemberRole.execute(admin.caller, { userId: stranger.members[0]!.userId, role: "admin" }, META))).code).toBe("not_found");
    expect((await roleOf(tenantId, admin.userId))?.role).toBe("admin");
    expect((await roleOf(tenantId, consumer.userId))?.role).toBe("builder");
  });

  it("an Admin may demote themself while another active Admin remains", async () => {
    const { tenantId, members } = await seedTenant(["admin", "admin"]);
    await changeMemberRole.execute(members[0]!.caller, { userId: members[0]!.userId, role: "builder" }, META);
    expect((await roleOf(tenantId, members[0]!.userId))?.role).toBe("builder");
    expect((await refusal(changeMemberRole.execute(members[1]!.caller, { userId: members[1]!.userId, role: "builder" }, META))).message).toBe(LAST_ADMIN);
  });

  it("20 Admins demoting each other at the same moment: 19 commit, one is refused, one active Admin remains", async () => {
    const { tenantId, members } = await seedTenant(Array.from({ length: 20 }, () => "admin" as const));
    const outcomes = await Promise.allSettled(
      members.map((m, i) => changeMemberRole.execute(m.caller, { userId: members[(i + 1) % members.length]!.userId, role: "consumer" }, META)),
    );
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as DomainError] : []));
    expect(refused.map((e) => [e instanceof DomainError, e.code, e.message])).toEqual([[true, "invariant_violation", LAST_ADMIN]]);
    const admins = await getDb().select().from(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, "admin"), eq(memberships.status, "active")));
    expect(admins).toHaveLength(1);
    expect((await auditActions(tenantId)).filter((a) => a === "member.role_changed")).toHaveLength(19);
  });
});

describe("deactivating, re-activating and removing a member", () => {
  it("a deactivated member's sessions and API keys stop on their next request; re-activation lets them sign in again", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = members as [SeededMember, SeededMember];
    const token = await signIn(builder, tenantId);
    const { secret } = await newKey(builder.caller);
    expect(await resolveSession(getDb(), token)).not.toBeNull();
    expect((await useKey(secret)).ok).toBe(true);

    await deactivateMember.execute(admin.caller, { userId: builder.userId }, META);
    expect(await resolveSession(getDb(), token)).toBeNull();
    expect((await useKey(secret)).ok).toBe(false);
    expect((await roleOf(tenantId, builder.userId))?.status).toBe("inactive");
    expect((await refusal(deactivateMember.execute(admin.caller, { userId: builder.userId }, META))).code).toBe("conflict");

    await reactivateMember.execute(admin.caller, { userId: builder.userId }, META);
    expect((await useKey(secret)).ok).toBe(true);
    expect(await resolveSession(getDb(), await signIn(builder, tenantId))).not.toBeNull();
    expect((await auditActions(tenantId)).filter((a) => a.startsWith("member."))).toEqual(["member.deactivated", "member.reactivated"]);
  });

  it("a session whose membership turned inactive without the action (another instance) is refused too", async () => {
    const { tenantId, members } = await seedTenant(["admin", "consumer"]);
    const token = await signIn(members[1]!, tenantId);
    await getDb().update(memberships).set({ status: "inactive" }).where(eq(memberships.userId, members[1]!.userId));
    expect(await resolveSession(getDb(), token)).toBeNull();
  });

  it("the last active Admin can be neither deactivated nor removed; nobody deactivates or removes themself", async () => {
    const { tenantId, members } = await seedTenant(["admin", "admin", "builder"]);
    const [a1, a2, builder] = members as [SeededMember, SeededMember, SeededMember];
    await deactivateMember.execute(a1.caller, { userId: a2.userId }, META);
    expect((await refusal(deactivateMember.execute(a1.caller, { userId: a1.userId }, META))).message).toBe("You cannot deactivate yourself.");
    expect((await refusal(removeMember.execute(a1.caller, { userId: a1.userId }, META))).message).toBe("You cannot remove yourself from the tenant.");
    // An inactive Admin does not count: a2 (inactive) cannot take a1's place, and a Builder may not act at all.
    expect((await refusal(deactivateMember.execute(builder.caller, { userId: a1.userId }, META))).code).toBe("forbidden");
    expect((await refusal(removeMember.execute(builder.caller, { userId: a1.userId }, META))).code).toBe("forbidden");
    expect((await roleOf(tenantId, a1.userId))?.status).toBe("active");
  });

  it("removal deletes keys, sessions, group memberships, role bindings and the personal workspace; the audit history stays", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = members as [SeededMember, SeededMember];
    const ws = await newWorkspace(admin, "shared-space");
    await grant(admin, ws.id, user(builder), "contributor");
    const group = await newGroup(admin, "Team", [builder]);
    await newKey(builder.caller);
    await signIn(builder, tenantId);
    const before = (await auditOf(tenantId)).length;

    await removeMember.execute(admin.caller, { userId: builder.userId }, META);
    const db = getDb();
    expect(await roleOf(tenantId, builder.userId)).toBeUndefined();
    expect(await db.select().from(apiKeys).where(eq(apiKeys.ownerUserId, builder.userId))).toEqual([]);
    expect(await db.select().from(sessions).where(eq(sessions.userId, builder.userId))).toEqual([]);
    expect(await db.select().from(groupMembers).where(eq(groupMembers.groupId, group.id))).toEqual([]);
    expect(await db.select().from(workspaceBindings).where(eq(workspaceBindings.userId, builder.userId))).toEqual([]);
    expect(await db.select().from(workspaces).where(eq(workspaces.id, builder.personalWorkspaceId))).toEqual([]);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, builder.userId))).toHaveLength(1);
    const after = await auditOf(tenantId);
    expect(after.length).toBe(before + 2);
    expect(after.slice(-2).map((e) => e.action)).toEqual(["member.removed", "workspace.deleted"]);
    expect(after.slice(-2)[0]?.details).toMatchObject({ apiKeysDeleted: 1, sessionsEnded: 1, role: "builder" });
  });

  it("refuses to remove the only Owner of a shared workspace and names it", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder"]);
    const [admin, builder] = members as [SeededMember, SeededMember];
    await newWorkspace(builder, "builders-space");
    const refused = await refusal(removeMember.execute(admin.caller, { userId: builder.userId }, META));
    expect(refused.message).toBe("builder 1 is the only Owner of builders-space. Make someone else Owner of that workspace first.");
    expect((await roleOf(tenantId, builder.userId))?.status).toBe("active");
  });
});
