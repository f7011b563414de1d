import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { groupMembers, groups, memberships, users, workspaceBindings, workspaces } from "@/db/schema";
import type { EffectiveAccess } from "@/lib/access/resolve-workspace-role";
import { accessInWorkspace, callerSubject } from "@/lib/access/workspace-access";
import type { Caller } from "@/lib/auth/caller";
import type { WorkspaceRole } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";
import { offsetOf, PAGE_SIZE, type Page } from "@/lib/pagination/page";
import { WORKSPACE_SUMMARY } from "./workspace-columns";

export type WorkspaceMemberItem = {
  /** "user:<id>" or "group:<id>", as the member actions take it. */
  principal: string;
  type: "user" | "group";
  label: string;
  /** E-mail of a user, member count of a group. */
  detail: string;
  role: WorkspaceRole;
};

export type WorkspaceDetail = {
  id: string;
  name: string;
  displayName: string;
  description: string;
  personal: boolean;
  /** Personal and its user still a member: it cannot be shared or deleted. */
  locked: boolean;
  /** The caller's effective access (the same resolution the server enforces). */
  access: EffectiveAccess;
  members: Page<WorkspaceMemberItem>;
};

/** A workspace of the caller's tenant by name with a page of its members, or null when not found or not theirs. */
export async function getWorkspace(caller: Caller, name: string, page: number): Promise<WorkspaceDetail | null> {
  const db = getDb();
  const [workspace] = await db
    .select({
      ...WORKSPACE_SUMMARY,
      locked: sql<boolean>`${workspaces.personal} and ${memberships.userId} is not null`,
    })
    .from(workspaces)
    .leftJoin(memberships, and(eq(memberships.tenantId, workspaces.tenantId), eq(memberships.userId, workspaces.personalUserId)))
    .where(and(eq(workspaces.tenantId, caller.tenantId), eq(workspaces.name, name)));
  if (!workspace) return null;
  const access = await accessInWorkspace(db, callerSubject(caller), workspace.id);
  if (!access) return null;

  const inWorkspace = eq(workspaceBindings.workspaceId, workspace.id);
  const [total] = await db.select({ n: count() }).from(workspaceBindings).where(inWorkspace);
  const rows = await db
    .select({
      type: workspaceBindings.principalType,
      id: sql<string>`coalesce(${workspaceBindings.userId}, ${workspaceBindings.groupId})`,
      label: sql<string>`coalesce(${users.name}, ${groups.name})`,
      email: users.email,
      groupSize: sql<number>`(select count(*)::int from ${groupMembers} where ${groupMembers.groupId} = ${groups.id})`,
      role: workspaceBindings.role,
    })
    .from(workspaceBindings)
    .leftJoin(users, eq(users.id, workspaceBindings.userId))
    .leftJoin(groups, eq(groups.id, workspaceBindings.groupId))
    .where(inWorkspace)
    .orderBy(asc(workspaceBindings.role), asc(sql`lower(coalesce(${users.name}, ${groups.name}))`))
    .limit(PAGE_SIZE)
    .offset(offsetOf(page));
  const items = rows.map((r) => ({
    principal: `${r.type}:${r.id}`,
    type: r.type,
    label: r.label,
    detail: r.type === "user" ? (r.email ?? "") : `group of ${r.groupSize} member${r.groupSize === 1 ? "" : "s"}`,
    role: r.role,
  }));
  return { ...workspace, access, members: { items, total: total?.n ?? 0, page, pageSize: PAGE_SIZE } };
}
