import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { workspaces } from "@/db/schema";
import { defineWorkspaceAction } from "@/lib/action/define-workspace-action";
import { ZDescription } from "@/lib/validation/groups";
import { ZWorkspaceDisplayName } from "@/lib/validation/workspaces";

/** The display name and description; the name is the workspace's address and stays. */
export const ZUpdateWorkspace = z.object({ workspaceId: z.uuid(), displayName: ZWorkspaceDisplayName, description: ZDescription });

export const updateWorkspace = defineWorkspaceAction({ permission: "workspace:update", input: ZUpdateWorkspace }, async ({ input, workspace, tx }) => {
  const before = { displayName: workspace.displayName, description: workspace.description };
  const after = { displayName: input.displayName, description: input.description };
  await tx.update(workspaces).set({ ...after, updatedAt: new Date() }).where(eq(workspaces.id, workspace.id));
  return {
    result: { id: workspace.id, name: workspace.name, ...after },
    audit: { action: "workspace.updated", target: { type: "workspace", id: workspace.id, label: workspace.name }, details: { before, after } },
  };
});
