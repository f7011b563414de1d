import "server-only";
import { z } from "zod";
import { workspaceBindings } from "@/db/schema";
import { defineWorkspaceAction } from "@/lib/action/define-workspace-action";
import { refuse } from "@/lib/action/errors";
import { ZPrincipalRef } from "@/lib/validation/workspaces";
import { bindingOf, principalLabel, principalTarget } from "./principals";
import { assertKeepsDirectOwner, refuseIfPersonal } from "./workspace-rules";

export const ZRemoveWorkspaceMember = z.object({ workspaceId: z.uuid(), principal: ZPrincipalRef });

export const removeWorkspaceMember = defineWorkspaceAction(
  { permission: "workspace:manage_members", input: ZRemoveWorkspaceMember },
  async ({ input, caller, workspace, tx }) => {
    refuseIfPersonal(workspace, "shared");
    const [removed] = await tx.delete(workspaceBindings).where(bindingOf(workspace.id, input.principal)).returning({ role: workspaceBindings.role });
    if (!removed) throw refuse.notFound("That workspace member");
    await assertKeepsDirectOwner(tx, workspace);
    const label = await principalLabel(tx, caller.tenantId, input.principal);
    return {
      result: { principal: input.principal },
      audit: { action: "workspace.member_removed", target: principalTarget(input.principal, label), details: { workspace: workspace.name, role: removed.role } },
    };
  },
);
