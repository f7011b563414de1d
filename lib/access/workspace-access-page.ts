import "server-only";
import { and, asc, sql } from "drizzle-orm";
import { z } from "zod";
import { workspaces } from "@/db/schema";
import { decodeCursor, toPage, type Page, type PageQuery } from "@/lib/api/pagination";
import type { TenantRole } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";
import { WORKSPACE_LIST_COLUMNS } from "@/lib/workspaces/workspace-columns";
import { loadAccessGrants, type AccessSubject } from "./load-access-grants";
import { resolveWorkspaceRole, type EffectiveAccess } from "./resolve-workspace-role";
import { workspaceScope } from "./workspace-scope";

type WorkspaceListRow = { id: string; name: string; displayName: string; description: string; personal: boolean; memberCount: number };
export type WorkspaceAccessItem = { workspace: WorkspaceListRow; access: EffectiveAccess };

const ZWorkspaceCursor = z.tuple([z.string(), z.uuid()]);

/**
 * One keyset page, by (name, id), of the workspaces in a user's scope (`all`: every workspace of the tenant, as an
 * Admin's), each with the user's access resolved by the one function that enforces it.
 */
export async function workspaceAccessPage(
  subject: AccessSubject & { tenantRole: TenantRole },
  options: { all: boolean; includePersonal: boolean } & PageQuery,
): Promise<Page<WorkspaceAccessItem>> {
  const position = decodeCursor(options.cursor, ZWorkspaceCursor);
  const db = getDb();
  const scope = workspaceScope(subject.tenantId, subject.userId, options);
  const rows = await db
    .select(WORKSPACE_LIST_COLUMNS)
    .from(workspaces)
    .where(and(scope, position ? sql`(${workspaces.name}, ${workspaces.id}) > (${position[0]}, ${position[1]}::uuid)` : undefined))
    .orderBy(asc(workspaces.name), asc(workspaces.id))
    .limit(options.limit + 1);
  const grants = await loadAccessGrants(db, subject, rows.map((r) => r.id));
  // Every row in scope resolves to a role (a binding, or the Admin's role everywhere): hence the assertion.
  const toItem = (workspace: WorkspaceListRow) => ({ workspace, access: resolveWorkspaceRole(subject.tenantRole, grants.get(workspace.id) ?? [])! });
  return toPage(rows, options.limit, toItem, (row) => [row.name, row.id]);
}
