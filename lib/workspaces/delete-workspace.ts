import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { workspaces } from "@/db/schema";
import { defineWorkspaceAction } from "@/lib/action/define-workspace-action";
import { refuse } from "@/lib/action/errors";
import { refuseIfPersonal } from "./workspace-rules";

export const ZDeleteWorkspace = z.object({ workspaceId: z.uuid(), confirmName: z.string().trim().default("") });

/** Deletes a workspace and every role in it; the caller types its name to confirm. */
export const deleteWorkspace = defineWorkspaceAction({ permission: "workspace:delete", input: ZDeleteWorkspace }, async ({ input, workspace, tx }) => {
  refuseIfPersonal(workspace, "deleted");
  if (input.confirmName !== workspace.name) throw refuse.invalid({ confirmName: [`Type the workspace's name, “${workspace.name}”, to confirm.`] });
  await tx.delete(workspaces).where(eq(workspaces.id, workspace.id));
  return {
    result: { id: workspace.id, name: workspace.name },
    audit: {
      action: "workspace.deleted",
      target: { type: "workspace", id: workspace.id, label: workspace.name },
      details: { displayName: workspace.displayName, personal: workspace.personal },
    },
  };
});
