import "server-only";
import { and, eq, inArray, type SQL } from "drizzle-orm";
import { groupMembers, groups, workspaceBindings } from "@/db/schema";
import type { Db, Tx } from "@/lib/db";
import type { AccessGrant } from "./resolve-workspace-role";

export type AccessSubject = { tenantId: string; userId: string };

/**
 * Every workspace role a user holds through bindings, directly or through any of their groups, keyed by workspace
 * id (all workspaces, or only `workspaceIds`). What the tenant role adds is left to `resolveWorkspaceRole`.
 */
export async function loadAccessGrants(db: Db | Tx, subject: AccessSubject, workspaceIds?: readonly string[]): Promise<Map<string, AccessGrant[]>> {
  const byWorkspace = new Map<string, AccessGrant[]>();
  if (workspaceIds && !workspaceIds.length) return byWorkspace;
  const inWorkspaces: SQL | undefined = workspaceIds ? inArray(workspaceBindings.workspaceId, [...workspaceIds]) : undefined;
  const add = (workspaceId: string, grant: AccessGrant) => {
    const list = byWorkspace.get(workspaceId);
    if (list) list.push(grant);
    else byWorkspace.set(workspaceId, [grant]);
  };

  const direct = await db
    .select({ workspaceId: workspaceBindings.workspaceId, role: workspaceBindings.role })
    .from(workspaceBindings)
    .where(and(eq(workspaceBindings.tenantId, subject.tenantId), eq(workspaceBindings.userId, subject.userId), inWorkspaces));
  for (const row of direct) add(row.workspaceId, { role: row.role, source: { kind: "direct" } });

  const viaGroups = await db
    .select({ workspaceId: workspaceBindings.workspaceId, role: workspaceBindings.role, groupId: groups.id, groupName: groups.name })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .innerJoin(workspaceBindings, eq(workspaceBindings.groupId, groupMembers.groupId))
    .where(and(eq(groupMembers.tenantId, subject.tenantId), eq(groupMembers.userId, subject.userId), inWorkspaces));
  for (const row of viaGroups) add(row.workspaceId, { role: row.role, source: { kind: "group", groupId: row.groupId, groupName: row.groupName } });

  return byWorkspace;
}
