import "server-only";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { tenantWorkspaceNames } from "@/lib/directory/search-directory";

/** The current names of the workspaces events mention, for the viewer; a deleted workspace is left out (its id stays). */
export async function auditWorkspaceNames(caller: Caller, workspaceIds: readonly (string | null | undefined)[]): Promise<Map<string, string>> {
  if (!callerHas(caller, "audit:read")) throw refuse.forbidden();
  return tenantWorkspaceNames(caller.tenantId, workspaceIds.filter((id): id is string => Boolean(id)));
}
