import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { groupMembers, users, workspaceBindings, workspaces } from "@/db/schema";
import type { WorkspaceRole } from "@/lib/authz/permissions";
import type { Db, Tx } from "@/lib/db";

export type GroupImpact = {
  memberCount: number;
  /** The first `memberLimit` members by name (the rest are counted). */
  members: { id: string; name: string; email: string }[];
  workspaceRoles: { workspaceId: string; workspaceName: string; role: WorkspaceRole }[];
};

/** What a group carries: who is in it and which workspace roles it gives them (what its deletion takes away). */
export async function loadGroupImpact(db: Db | Tx, tenantId: string, groupId: string, memberLimit: number): Promise<GroupImpact> {
  const inGroup = and(eq(groupMembers.tenantId, tenantId), eq(groupMembers.groupId, groupId));
  const [counted] = await db.select({ n: count() }).from(groupMembers).where(inGroup);
  const members = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(inGroup)
    .orderBy(asc(users.name), asc(users.email))
    .limit(memberLimit);
  const workspaceRoles = await db
    .select({ workspaceId: workspaces.id, workspaceName: workspaces.name, role: workspaceBindings.role })
    .from(workspaceBindings)
    .innerJoin(workspaces, eq(workspaces.id, workspaceBindings.workspaceId))
    .where(and(eq(workspaceBindings.tenantId, tenantId), eq(workspaceBindings.groupId, groupId)))
    .orderBy(asc(workspaces.name));
  return { memberCount: counted?.n ?? 0, members, workspaceRoles };
}
