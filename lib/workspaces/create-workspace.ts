import "server-only";
import { z } from "zod";
import { workspaceBindings, workspaces } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { ZDescription } from "@/lib/validation/groups";
import { ZWorkspaceDisplayName, ZWorkspaceName } from "@/lib/validation/workspaces";

export const ZCreateWorkspace = z.object({ name: ZWorkspaceName, displayName: ZWorkspaceDisplayName, description: ZDescription });
export type TCreateWorkspace = z.infer<typeof ZCreateWorkspace>;

/** Creates a shared workspace; its creator becomes its first direct Owner. */
export const createWorkspace = defineAction({ permission: "workspaces:create", input: ZCreateWorkspace }, async ({ input, caller, tx }) => {
  const [workspace] = await tx
    .insert(workspaces)
    .values({ tenantId: caller.tenantId, name: input.name, displayName: input.displayName, description: input.description })
    .onConflictDoNothing()
    .returning({ id: workspaces.id, name: workspaces.name });
  if (!workspace) throw refuse.invalid({ name: [`A workspace named “${input.name}” already exists.`] });
  await tx
    .insert(workspaceBindings)
    .values({ tenantId: caller.tenantId, workspaceId: workspace.id, principalType: "user", userId: caller.userId, role: "owner" });
  return {
    result: workspace,
    audit: {
      action: "workspace.created",
      target: { type: "workspace", id: workspace.id, label: workspace.name },
      workspaceId: workspace.id,
      details: { displayName: input.displayName, description: input.description, owner: caller.email },
    },
  };
});
