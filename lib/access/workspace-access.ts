import "server-only";
import type { Caller } from "@/lib/auth/caller";
import type { TenantRole } from "@/lib/authz/permissions";
import type { Db, Tx } from "@/lib/db";
import { loadAccessGrants, type AccessSubject } from "./load-access-grants";
import { resolveWorkspaceRole, type EffectiveAccess } from "./resolve-workspace-role";

/**
 * A user's effective access in one workspace: the loader and the one resolution function, nothing else.
 * `workspaceId` must already be known to be a workspace of `subject.tenantId` (a tenant role that applies
 * everywhere would otherwise resolve for any id).
 */
export async function accessInWorkspace(
  db: Db | Tx,
  subject: AccessSubject & { tenantRole: TenantRole },
  workspaceId: string,
): Promise<EffectiveAccess | null> {
  const grants = await loadAccessGrants(db, subject, [workspaceId]);
  return resolveWorkspaceRole(subject.tenantRole, grants.get(workspaceId) ?? []);
}

/** The access subject for the caller: their tenant, their user id and their current tenant role. */
export function callerSubject(caller: Caller): AccessSubject & { tenantRole: TenantRole } {
  return { tenantId: caller.tenantId, userId: caller.userId, tenantRole: caller.role };
}
