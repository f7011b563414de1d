import "server-only";
import { and, asc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { groups, memberships, users, workspaces } from "@/db/schema";
import { getDb } from "@/lib/db";
import type { PickerOption } from "./picker-option";

const LIMIT = 10;
const MAX_QUERY = 100;

/** The query as a LIKE pattern matching anywhere, with LIKE's own wildcards taken literally. */
function containing(query: string): string {
  return `%${query.trim().slice(0, MAX_QUERY).replace(/[\\%_]/g, "\\$&")}%`;
}

/** Members of the tenant whose name, e-mail or username contains the query. No authorization: callers check. */
export async function searchTenantUsers(tenantId: string, query: string): Promise<PickerOption[]> {
  const pattern = containing(query);
  const rows = await getDb()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), or(ilike(users.name, pattern), ilike(users.email, pattern), ilike(users.username, pattern))))
    .orderBy(asc(users.name), asc(users.email))
    .limit(LIMIT);
  return rows.map((r) => ({ value: r.id, label: r.name, detail: r.email }));
}

/** One group of the tenant as a picker option (a filter chosen earlier); null for another tenant's or a missing id. */
export async function tenantGroupOption(tenantId: string, groupId: string): Promise<PickerOption | null> {
  const [row] = await getDb()
    .select({ id: groups.id, name: groups.name, description: groups.description })
    .from(groups)
    .where(and(eq(groups.tenantId, tenantId), eq(groups.id, groupId)));
  return row ? { value: row.id, label: row.name, detail: row.description || "Group" } : null;
}

/** Groups of the tenant whose name contains the query. No authorization: callers check. */
export async function searchTenantGroups(tenantId: string, query: string): Promise<PickerOption[]> {
  const rows = await getDb()
    .select({ id: groups.id, name: groups.name, description: groups.description })
    .from(groups)
    .where(and(eq(groups.tenantId, tenantId), ilike(groups.name, containing(query))))
    .orderBy(asc(sql`lower(${groups.name})`))
    .limit(LIMIT);
  return rows.map((r) => ({ value: r.id, label: r.name, detail: r.description || "Group" }));
}

/**
 * Workspaces of the tenant whose name or display name contains the query. Grants offer shared ones only (personal ones
 * belong to their user alone: decision 0054); filters of the audit log find personal ones too. No authorization:
 * callers check.
 */
export async function searchTenantWorkspaces(tenantId: string, query: string, scope: "shared" | "all"): Promise<PickerOption[]> {
  const pattern = containing(query);
  const rows = await getDb()
    .select({ id: workspaces.id, name: workspaces.name, displayName: workspaces.displayName })
    .from(workspaces)
    .where(
      and(
        eq(workspaces.tenantId, tenantId),
        scope === "shared" ? eq(workspaces.personal, false) : undefined,
        or(ilike(workspaces.name, pattern), ilike(workspaces.displayName, pattern)),
      ),
    )
    .orderBy(asc(workspaces.name))
    .limit(LIMIT);
  return rows.map((r) => ({ value: r.id, label: r.displayName, detail: r.name }));
}

/** The names of the tenant's workspaces among `ids` (ids of deleted or other tenants' workspaces are left out). */
export async function tenantWorkspaceNames(tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await getDb()
    .select({ id: workspaces.id, name: workspaces.name })
    .from(workspaces)
    .where(and(eq(workspaces.tenantId, tenantId), inArray(workspaces.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.name]));
}
