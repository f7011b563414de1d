import "server-only";
import { and, asc, sql } from "drizzle-orm";
import { z } from "zod";
import { workspaces } from "@/db/schema";
import { loadAccessGrants } from "@/lib/access/load-access-grants";
import { resolveWorkspaceRole } from "@/lib/access/resolve-workspace-role";
import { callerSubject } from "@/lib/access/workspace-access";
import { workspaceScope } from "@/lib/access/workspace-scope";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import { decodeCursor, toPage, ZPageQuery, type Page } from "@/lib/api/pagination";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { WORKSPACE_LIST_COLUMNS } from "./workspace-columns";
import type { WorkspaceDto } from "./workspace-dto";

export const ZWorkspacePageQuery = ZPageQuery.extend({
  includePersonal: z
    .enum(["true", "false"], "includePersonal is true or false.")
    .default("false")
    .transform((value) => value === "true")
    .meta({ description: "With `workspaces:read_all` (Admin): also other members' personal workspaces." }),
});

const ZWorkspaceCursor = z.tuple([z.string(), z.uuid()]);

/** The workspaces the caller may see (SPEC §7, as listWorkspaces decides) by name, keyset-paginated on (name, id). */
export async function listWorkspacesPage(caller: Caller, query: unknown = {}): Promise<Page<WorkspaceDto>> {
  if (!callerHas(caller, "workspaces:read")) throw refuse.forbidden();
  const { limit, cursor, includePersonal } = parseInput(ZWorkspacePageQuery, query);
  const position = decodeCursor(cursor, ZWorkspaceCursor);
  const db = getDb();
  const scope = workspaceScope(caller.tenantId, caller.userId, { all: callerHas(caller, "workspaces:read_all"), includePersonal });
  const rows = await db
    .select(WORKSPACE_LIST_COLUMNS)
    .from(workspaces)
    .where(and(scope, position ? sql`(${workspaces.name}, ${workspaces.id}) > (${position[0]}, ${position[1]}::uuid)` : undefined))
    .orderBy(asc(workspaces.name), asc(workspaces.id))
    .limit(limit + 1);
  const grants = await loadAccessGrants(db, callerSubject(caller), rows.map((r) => r.id));
  // Every row in scope resolves to a role (bound, or the Admin's everywhere role); the fallback is for the types.
  const toItem = (row: (typeof rows)[number]) => ({ ...row, role: resolveWorkspaceRole(caller.role, grants.get(row.id) ?? [])?.role ?? "viewer" });
  return toPage(rows, limit, toItem, (row) => [row.name, row.id]);
}
