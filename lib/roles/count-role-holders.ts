import "server-only";
import { count, countDistinct, eq, sql } from "drizzle-orm";
import { memberships, workspaceBindings } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { TENANT_ROLES, WORKSPACE_ROLES, type TenantRole, type WorkspaceRole } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";

export type RoleHolderCounts = { tenant: Record<TenantRole, number>; workspace: Record<WorkspaceRole, number> };

/**
 * How many principals hold each role in the caller's tenant: members per tenant role; for a workspace role, the
 * distinct users and groups bound with it in at least one workspace.
 */
export async function countRoleHolders(caller: Caller): Promise<RoleHolderCounts> {
  if (!callerHas(caller, "roles:read")) throw refuse.forbidden();
  const db = getDb();
  const tenantRows = await db
    .select({ role: memberships.role, n: count() })
    .from(memberships)
    .where(eq(memberships.tenantId, caller.tenantId))
    .groupBy(memberships.role);
  const workspaceRows = await db
    .select({
      role: workspaceBindings.role,
      n: countDistinct(sql`(${workspaceBindings.principalType}, coalesce(${workspaceBindings.userId}, ${workspaceBindings.groupId}))`),
    })
    .from(workspaceBindings)
    .where(eq(workspaceBindings.tenantId, caller.tenantId))
    .groupBy(workspaceBindings.role);
  const tally = <R extends string>(roles: readonly R[], rows: { role: R; n: number }[]) =>
    Object.fromEntries(roles.map((r) => [r, rows.find((row) => row.role === r)?.n ?? 0])) as Record<R, number>;
  return { tenant: tally(TENANT_ROLES, tenantRows), workspace: tally(WORKSPACE_ROLES, workspaceRows) };
}
