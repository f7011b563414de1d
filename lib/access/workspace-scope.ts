import "server-only";
import { and, eq, exists, or, sql, type SQL } from "drizzle-orm";
import { groupMembers, workspaceBindings, workspaces } from "@/db/schema";
import { getDb } from "@/lib/db";

/**
 * Which workspaces of a tenant a list shows for one user: with `all`, every workspace (other users' personal ones
 * only with `includePersonal`); otherwise those the user holds a role in, directly or through a group.
 */
export function workspaceScope(tenantId: string, userId: string, options: { all: boolean; includePersonal: boolean }): SQL {
  const inTenant = eq(workspaces.tenantId, tenantId);
  if (options.all) {
    return options.includePersonal ? inTenant : and(inTenant, or(eq(workspaces.personal, false), eq(workspaces.personalUserId, userId)))!;
  }
  const direct = exists(
    getDb()
      .select({ one: sql`1` })
      .from(workspaceBindings)
      .where(and(eq(workspaceBindings.workspaceId, workspaces.id), eq(workspaceBindings.userId, userId))),
  );
  const viaGroup = exists(
    getDb()
      .select({ one: sql`1` })
      .from(workspaceBindings)
      .innerJoin(groupMembers, eq(groupMembers.groupId, workspaceBindings.groupId))
      .where(and(eq(workspaceBindings.workspaceId, workspaces.id), eq(groupMembers.userId, userId))),
  );
  return and(inTenant, or(direct, viaGroup))!;
}
