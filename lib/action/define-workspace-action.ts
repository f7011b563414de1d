import "server-only";
import { z } from "zod";
import { accessInWorkspace, callerSubject } from "@/lib/access/workspace-access";
import type { EffectiveAccess } from "@/lib/access/resolve-workspace-role";
import { keyScopeAllows } from "@/lib/authz/caller-has";
import { workspaceRoleHas, type WorkspacePermission } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";
import { lockWorkspace, type LockedWorkspace } from "@/lib/workspaces/lock-workspace";
import { zodFieldErrors } from "./parse-input";
import { recordOutcome, type ActionContext, type ActionOutcome, type DefinedAction } from "./define-action";
import { refuse } from "./errors";

/** Every workspace-scoped input names its workspace; the tenant still comes from the caller. */
export const ZWorkspaceRef = z.object({ workspaceId: z.uuid() });

export type WorkspaceActionContext<I> = ActionContext<I> & {
  /** The workspace named by the input, locked for the transaction. */
  workspace: LockedWorkspace;
  /** The caller's effective access there (the same resolution the effective-access page shows). */
  access: EffectiveAccess;
};

/**
 * The action factory for workspace-scoped mutations: the permission must be granted by the caller's effective role
 * in the workspace the input names (a role in workspace A grants nothing in B). Same guarantees as defineAction:
 * deny by default, zod-validated input, the change and its audit event(s) in one transaction, DomainErrors only.
 * A workspace of another tenant, or one where the caller holds no role, is "not found".
 */
export function defineWorkspaceAction<S extends z.ZodType<{ workspaceId: string }>, O>(
  spec: { permission: WorkspacePermission; input: S },
  handler: (ctx: WorkspaceActionContext<z.output<S>>) => Promise<ActionOutcome<O>>,
): DefinedAction<z.output<S>, O> {
  return {
    permission: spec.permission,
    input: spec.input as unknown as z.ZodType<z.output<S>>,
    async execute(caller, rawInput, meta) {
      // Before any lookup: a read-only key is refused a write in every workspace alike, existing or not.
      if (!keyScopeAllows(caller, spec.permission)) throw refuse.forbidden();
      const ref = ZWorkspaceRef.safeParse(rawInput);
      if (!ref.success) throw refuse.notFound("The workspace");
      return getDb().transaction(async (tx) => {
        const workspace = await lockWorkspace(tx, caller.tenantId, ref.data.workspaceId);
        const access = workspace ? await accessInWorkspace(tx, callerSubject(caller), workspace.id) : null;
        if (!workspace || !access) throw refuse.notFound("The workspace");
        if (!workspaceRoleHas(access.role, spec.permission)) throw refuse.forbidden();
        const parsed = spec.input.safeParse(rawInput);
        if (!parsed.success) throw refuse.invalid(zodFieldErrors(parsed.error));
        const { result, audit } = await handler({ input: parsed.data, caller, tx, meta, workspace, access });
        await recordOutcome(tx, caller, meta, audit, { workspaceId: workspace.id });
        return result;
      });
    },
  };
}
