import "server-only";
import { z } from "zod";
import { workspaceBindings } from "@/db/schema";
import { defineWorkspaceAction } from "@/lib/action/define-workspace-action";
import { refuse } from "@/lib/action/errors";
import { ZPrincipalRef, ZWorkspaceRole } from "@/lib/validation/workspaces";
import { bindingOf, principalLabel, principalTarget } from "./principals";
import { assertKeepsDirectOwner, refuseIfPersonal } from "./workspace-rules";

export const ZChangeWorkspaceMemberRole = z.object({ workspaceId: z.uuid(), principal: ZPrincipalRef, role: ZWorkspaceRole });

export const changeWorkspaceMemberRole = defineWorkspaceAction(
  { permission: "workspace:manage_members", input: ZChangeWorkspaceMemberRole },
  async ({ input, caller, workspace, tx }) => {
    refuseIfPersonal(workspace, "shared");
    const [before] = await tx.select({ role: workspaceBindings.role }).from(workspaceBindings).where(bindingOf(workspace.id, input.principal));
    if (!before) throw refuse.notFound("That workspace member");
    const result = { principal: input.principal, role: input.role };
    if (before.role === input.role) return { result, audit: [] };
    await tx.update(workspaceBindings).set({ role: input.role, updatedAt: new Date() }).where(bindingOf(workspace.id, input.principal));
    await assertKeepsDirectOwner(tx, workspace);
    const label = await principalLabel(tx, caller.tenantId, input.principal);
    return {
      result,
      audit: {
        action: "workspace.member_role_changed",
        target: principalTarget(input.principal, label),
        details: { workspace: workspace.name, before: { role: before.role }, after: { role: input.role } },
      },
    };
  },
);
