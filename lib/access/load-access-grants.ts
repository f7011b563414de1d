import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { groupMembers, groups, workspaceBindings } from "@/db/schema";
import type { Db, Tx } from "@/lib/db";
import type { AccessGrant, AccessSource } from "./resolve-workspace-role";

export type AccessSubject = { tenantId: string; userId: string };

/**
 * Every workspace role a user holds through bindings, directly or through any of their groups, keyed by workspace
 * id (all workspaces, or only `workspaceIds`). What the tenant role adds is left to `resolveWorkspaceRole`.
 */
export async function loadAccessGrants(db: Db | Tx, subject: AccessSubject, workspaceIds?: readonly string[]): Promise<Map<string, AccessGrant[]>> {
  const byWorkspace = new Map<string, AccessGrant[]>();
  if (workspaceIds && !workspaceIds.length) return byWorkspace;
  const inWorkspaces: SQL | undefined = workspaceIds ? inArray(workspaceBindings.workspaceId, [...workspaceIds]) : undefined;
  // One round trip: direct bindings, then bindings of the user's groups (group columns null for direct ones).
  const direct = db
    .select({
      workspaceId: workspaceBindings.workspaceId,
      role: workspaceBindings.role,
      groupId: sql<string | null>`null::uuid`,
      groupName: sql<string | null>`null::text`,
    })
    .from(workspaceBindings)
    .where(and(eq(workspaceBindings.tenantId, subject.tenantId), eq(workspaceBindings.userId, subject.userId), inWorkspaces));
  const viaGroups = db
    .select({ workspaceId: workspaceBindings.workspaceId, role: workspaceBindings.role, groupId: groups.id, groupName: groups.name })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .innerJoin(workspaceBindings, eq(workspaceBindings.groupId, groupMembers.groupId))
    .where(and(eq(groupMembers.tenantId, subject.tenantId), eq(groupMembers.userId, subject.userId), inWorkspaces));
  for (const row of await direct.unionAll(viaGroups)) {
    const source: AccessSource =
      row.groupId === null ? { kind: "direct" } : { kind: "group", groupId: row.groupId, groupName: row.groupName ?? "" };
    const list = byWorkspace.get(row.workspaceId);
    if (list) list.push({ role: row.role, source });
    else byWorkspace.set(row.workspaceId, [{ role: row.role, source }]);
  }
  return byWorkspace;
}
