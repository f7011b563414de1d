import "server-only";
import { z } from "zod";
import { workspaceBindings } from "@/db/schema";
import { defineWorkspaceAction } from "@/lib/action/define-workspace-action";
import { refuse } from "@/lib/action/errors";
import { ZPrincipalRef, ZWorkspaceRole } from "@/lib/validation/workspaces";
import { principalLabel, principalTarget } from "./principals";
import { refuseIfPersonal } from "./workspace-rules";

export const ZAddWorkspaceMember = z.object({ workspaceId: z.uuid(), principal: ZPrincipalRef, role: ZWorkspaceRole });

/** Gives a user or group of the same tenant a role in the workspace (Owners, and Admins everywhere). */
export const addWorkspaceMember = defineWorkspaceAction(
  { permission: "workspace:manage_members", input: ZAddWorkspaceMember },
  async ({ input, caller, workspace, tx }) => {
    refuseIfPersonal(workspace, "shared");
    const { principal, role } = input;
    const label = await principalLabel(tx, caller.tenantId, principal);
    if (!label) {
      throw refuse.invalid({ principal: [principal.type === "user" ? "That user is not a member of this tenant." : "That group was not found."] });
    }
    const [added] = await tx
      .insert(workspaceBindings)
      .values({
        tenantId: caller.tenantId,
        workspaceId: workspace.id,
        principalType: principal.type,
        userId: principal.type === "user" ? principal.id : null,
        groupId: principal.type === "group" ? principal.id : null,
        role,
      })
      .onConflictDoNothing()
      .returning({ id: workspaceBindings.id });
    if (!added) throw refuse.invalid({ principal: [`${label} already has a role in this workspace; change it in the list.`] });
    return {
      result: { principal: input.principal, role },
      audit: { action: "workspace.member_added", target: principalTarget(principal, label), details: { workspace: workspace.name, role } },
    };
  },
);
