import "server-only";
import { and, eq } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import { accessInWorkspace, callerSubject } from "@/lib/access/workspace-access";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { isId } from "@/lib/validation/ids";
import { WORKSPACE_LIST_COLUMNS } from "./workspace-columns";
import type { WorkspaceDto } from "./workspace-dto";

/**
 * One workspace of the caller's tenant where the caller holds a role (as the workspace actions decide); any other
 * id, another tenant's included, is "not found".
 */
export async function findWorkspace(caller: Caller, workspaceId: string): Promise<WorkspaceDto> {
  if (!callerHas(caller, "workspaces:read")) throw refuse.forbidden();
  const db = getDb();
  const [workspace] = isId(workspaceId)
    ? await db.select(WORKSPACE_LIST_COLUMNS).from(workspaces).where(and(eq(workspaces.tenantId, caller.tenantId), eq(workspaces.id, workspaceId)))
    : [];
  const access = workspace ? await accessInWorkspace(db, callerSubject(caller), workspace.id) : null;
  if (!workspace || !access) throw refuse.notFound("The workspace");
  return { ...workspace, role: access.role };
}
