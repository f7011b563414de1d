import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { memberships, users, workspaces } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { TENANT_ROLE_INFO, type TenantRole } from "@/lib/authz/permissions";
import { getDb, type Db } from "@/lib/db";
import { offsetOf, PAGE_SIZE, type Page } from "@/lib/pagination/page";
import { isId } from "@/lib/validation/ids";
import { WORKSPACE_SUMMARY } from "@/lib/workspaces/workspace-columns";
import { loadAccessGrants } from "./load-access-grants";
import { resolveWorkspaceRole, type EffectiveAccess } from "./resolve-workspace-role";
import { workspaceScope } from "./workspace-scope";

export type WorkspaceAccessRow = {
  workspace: { id: string; name: string; displayName: string; description: string; personal: boolean };
  access: EffectiveAccess;
};
export type MemberAccess = {
  member: { id: string; name: string; email: string; username: string; tenantRole: TenantRole };
  /** True when the tenant role alone gives a role in every workspace (an Admin). */
  everywhere: boolean;
  workspaces: Page<WorkspaceAccessRow>;
};

/** A member of the tenant as the effective-access views name them, or null. */
export async function findAccessMember(db: Db, tenantId: string, userId: string): Promise<MemberAccess["member"] | null> {
  const [member] = await db
    .select({ id: users.id, name: users.name, email: users.email, username: users.username, tenantRole: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
  return member ?? null;
}

/**
 * SPEC §6 effective access: every workspace where a member holds a role, the role, why, and the permissions that
 * follow, resolved by the same function that enforces workspace actions. Admins may look at anyone, everyone else
 * at themself. Null when the user is not a member of the caller's tenant.
 */
export async function getEffectiveAccess(
  caller: Caller,
  userId: string,
  options: { page: number; includePersonal: boolean },
): Promise<MemberAccess | null> {
  if (userId !== caller.userId && !callerHas(caller, "access:read_all")) throw refuse.forbidden();
  if (!isId(userId)) return null;
  const db = getDb();
  const member = await findAccessMember(db, caller.tenantId, userId);
  if (!member) return null;

  const everywhere = TENANT_ROLE_INFO[member.tenantRole].everyWorkspace !== null;
  const where = workspaceScope(caller.tenantId, userId, { all: everywhere, includePersonal: options.includePersonal });
  const [total] = await db.select({ n: count() }).from(workspaces).where(where);
  const rows = await db
    .select(WORKSPACE_SUMMARY)
    .from(workspaces)
    .where(where)
    .orderBy(asc(workspaces.name))
    .limit(PAGE_SIZE)
    .offset(offsetOf(options.page));
  const grants = await loadAccessGrants(db, { tenantId: caller.tenantId, userId }, rows.map((r) => r.id));
  const items = rows.flatMap((workspace) => {
    const access = resolveWorkspaceRole(member.tenantRole, grants.get(workspace.id) ?? []);
    return access ? [{ workspace, access }] : [];
  });
  return { member, everywhere, workspaces: { items, total: total?.n ?? 0, page: options.page, pageSize: PAGE_SIZE } };
}
