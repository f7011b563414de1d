import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { groups, workspaceBindings } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { zId } from "@/lib/validation/ids";
import { lockWorkspaces } from "@/lib/workspaces/lock-workspace";
import { loadGroupImpact } from "./group-impact";

export const ZDeleteGroup = z.object({ groupId: zId("The group"), confirmName: z.string().trim().default("") });

// The audit event names this many members; the count covers the rest.
const AUDITED_MEMBERS = 100;

/** Deletes a group with its memberships and workspace bindings: its members lose what it gave them at once. */
export const deleteGroup = defineAction({ permission: "groups:manage", input: ZDeleteGroup }, async ({ input, caller, tx }) => {
  const inTenant = and(eq(groups.tenantId, caller.tenantId), eq(groups.id, input.groupId));
  const [group] = await tx.select({ name: groups.name }).from(groups).where(inTenant);
  if (!group) throw refuse.notFound("The group");
  if (input.confirmName.toLowerCase() !== group.name.toLowerCase()) {
    throw refuse.invalid({ confirmName: [`Type the group's name, “${group.name}”, to confirm.`] });
  }
  // Workspaces first, then the group: the same order as a workspace action that binds this group.
  const bound = await tx
    .select({ workspaceId: workspaceBindings.workspaceId })
    .from(workspaceBindings)
    .where(and(eq(workspaceBindings.tenantId, caller.tenantId), eq(workspaceBindings.groupId, input.groupId)));
  await lockWorkspaces(tx, caller.tenantId, bound.map((b) => b.workspaceId));
  const impact = await loadGroupImpact(tx, caller.tenantId, input.groupId, AUDITED_MEMBERS);
  const deleted = await tx.delete(groups).where(inTenant).returning({ id: groups.id });
  if (!deleted.length) throw refuse.notFound("The group");
  return {
    result: { id: input.groupId, name: group.name },
    audit: {
      action: "group.deleted",
      target: { type: "group", id: input.groupId, label: group.name },
      details: {
        memberCount: impact.memberCount,
        members: impact.members.map((m) => m.email),
        workspaceRoles: impact.workspaceRoles.map((w) => ({ workspace: w.workspaceName, role: w.role })),
      },
    },
  };
});
