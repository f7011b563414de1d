import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { workspaceBindings } from "@/db/schema";
import { DomainError } from "@/lib/action/errors";
import { getDb } from "@/lib/db";
import { changeWorkspaceMemberRole } from "@/lib/workspaces/change-workspace-member-role";
import { leaveWorkspace } from "@/lib/workspaces/leave-workspace";
import { removeWorkspaceMember } from "@/lib/workspaces/remove-workspace-member";
import { rejectionText } from "./support/error-text";
import { META, seedTenant } from "./support/fixtures";
import { auditOf, bindingsOf, grant, newWorkspace, user } from "./support/workspace-fixtures";

const LAST_OWNER = "A workspace needs at least one Owner. Make another member Owner first.";

async function settle(attempts: Promise<unknown>[]) {
  const outcomes = await Promise.allSettled(attempts);
  const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as unknown] : []));
  for (const reason of refused) expect(reason, String(reason)).toBeInstanceOf(DomainError);
  return { succeeded: outcomes.length - refused.length, refused: refused as DomainError[] };
}

describe("every shared workspace keeps a direct Owner, also under parallel requests", () => {
  it("five Owners demoted at once: four demotions commit, one is refused, exactly one Owner is left", async () => {
    const { tenantId, members } = await seedTenant(["admin", "builder", "builder", "builder", "builder"]);
    const [admin, ...others] = members;
    const ws = await newWorkspace(admin!, "prod-automation");
    for (const m of others) await grant(admin!, ws.id, user(m), "owner");
    const owners = [admin!, ...others];

    const { succeeded, refused } = await settle(
      owners.map((m) => changeWorkspaceMemberRole.execute(admin!.caller, { workspaceId: ws.id, principal: user(m), role: "viewer" }, META)),
    );
    expect(succeeded).toBe(4);
    expect(refused.map((e) => [e.code, e.message])).toEqual([["invariant_violation", LAST_OWNER]]);
    expect((await bindingsOf(ws.id)).filter((b) => b.endsWith("=owner"))).toHaveLength(1);
    expect((await auditOf(tenantId)).filter((e) => e.action === "workspace.member_role_changed")).toHaveLength(4);
  });

  it("two Owners leaving and removing each other at once: one of them stays Owner", async () => {
    const { members } = await seedTenant(["builder", "builder"]);
    const [first, second] = members;
    const ws = await newWorkspace(first!, "prod-automation");
    await grant(first!, ws.id, user(second!), "owner");
    const { succeeded, refused } = await settle([
      leaveWorkspace.execute(first!.caller, { workspaceId: ws.id }, META),
      leaveWorkspace.execute(second!.caller, { workspaceId: ws.id }, META),
      removeWorkspaceMember.execute(first!.caller, { workspaceId: ws.id, principal: user(second!) }, META),
      removeWorkspaceMember.execute(second!.caller, { workspaceId: ws.id, principal: user(first!) }, META),
    ]);
    expect(succeeded).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    const owners = (await bindingsOf(ws.id)).filter((b) => b.endsWith("=owner"));
    expect(owners).toHaveLength(1);
  });

  it("the database itself refuses a change that leaves a shared workspace without a direct Owner", async () => {
    const { members } = await seedTenant(["builder"]);
    const ws = await newWorkspace(members[0]!, "prod-automation");
    const raw = getDb().transaction(async (tx) => {
      await tx.update(workspaceBindings).set({ role: "viewer" }).where(eq(workspaceBindings.workspaceId, ws.id));
    });
    expect(await rejectionText(raw)).toMatch(/would be left without a direct owner/);
    expect(await bindingsOf(ws.id)).toEqual([`${user(members[0]!)}=owner`]);
  });

  it("the database check does not stand in the way of deleting the workspace itself", async () => {
    const { members } = await seedTenant(["builder"]);
    const ws = await newWorkspace(members[0]!, "prod-automation");
    await getDb().execute(sql`delete from workspaces where id = ${ws.id}`);
    expect(await bindingsOf(ws.id)).toEqual([]);
  });
});
