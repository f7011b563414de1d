import "server-only";
import { asc, count } from "drizzle-orm";
import { workspaces } from "@/db/schema";
import { loadAccessGrants } from "@/lib/access/load-access-grants";
import { resolveWorkspaceRole } from "@/lib/access/resolve-workspace-role";
import { callerSubject } from "@/lib/access/workspace-access";
import { workspaceScope } from "@/lib/access/workspace-scope";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import type { WorkspaceRole } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";
import { offsetOf, PAGE_SIZE, type Page } from "@/lib/pagination/page";
import { WORKSPACE_LIST_COLUMNS } from "./workspace-columns";

export type WorkspaceListItem = {
  id: string;
  name: string;
  displayName: string;
  description: string;
  personal: boolean;
  memberCount: number;
  /** The caller's effective role there. */
  role: WorkspaceRole;
};

/**
 * SPEC §7: an Admin sees every workspace of the tenant (other users' personal ones only with `includePersonal`);
 * everyone else sees the workspaces they belong to.
 */
export async function listWorkspaces(caller: Caller, options: { includePersonal: boolean; page: number }): Promise<Page<WorkspaceListItem>> {
  if (!callerHas(caller, "workspaces:read")) throw refuse.forbidden();
  const db = getDb();
  const where = workspaceScope(caller.tenantId, caller.userId, { all: callerHas(caller, "workspaces:read_all"), includePersonal: options.includePersonal });
  const [total] = await db.select({ n: count() }).from(workspaces).where(where);
  const rows = await db
    .select(WORKSPACE_LIST_COLUMNS)
    .from(workspaces)
    .where(where)
    .orderBy(asc(workspaces.name))
    .limit(PAGE_SIZE)
    .offset(offsetOf(options.page));
  const grants = await loadAccessGrants(db, callerSubject(caller), rows.map((r) => r.id));
  // Every listed workspace resolves to a role (bound, or the Admin's everywhere role); the filter is for the types.
  const items = rows.flatMap((row) => {
    const access = resolveWorkspaceRole(caller.role, grants.get(row.id) ?? []);
    return access ? [{ ...row, role: access.role }] : [];
  });
  return { items, total: total?.n ?? 0, page: options.page, pageSize: PAGE_SIZE };
}
