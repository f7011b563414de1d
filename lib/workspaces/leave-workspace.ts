import "server-only";
import { z } from "zod";
import { workspaceBindings } from "@/db/schema";
import { defineWorkspaceAction } from "@/lib/action/define-workspace-action";
import { DomainError } from "@/lib/action/errors";
import { bindingOf } from "./principals";
import { assertKeepsDirectOwner, refuseIfPersonal } from "./workspace-rules";

export const ZLeaveWorkspace = z.object({ workspaceId: z.uuid() });

/** Drops the caller's own direct role. Access through a group or the tenant role is not theirs to drop here. */
export const leaveWorkspace = defineWorkspaceAction({ permission: "workspace:read", input: ZLeaveWorkspace }, async ({ caller, workspace, tx }) => {
  refuseIfPersonal(workspace, "shared");
  const [left] = await tx
    .delete(workspaceBindings)
    .where(bindingOf(workspace.id, { type: "user", id: caller.userId }))
    .returning({ role: workspaceBindings.role });
  if (!left) throw new DomainError("not_found", "You have no direct role in this workspace; your access comes from a group or your tenant role.");
  await assertKeepsDirectOwner(tx, workspace);
  return {
    result: { id: workspace.id, name: workspace.name },
    audit: { action: "workspace.left", target: { type: "workspace", id: workspace.id, label: workspace.name }, details: { role: left.role } },
  };
});
