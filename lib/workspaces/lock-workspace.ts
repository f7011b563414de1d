import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { memberships, workspaces } from "@/db/schema";
import type { Tx } from "@/lib/db";
import { WORKSPACE_SUMMARY } from "./workspace-columns";

export type LockedWorkspace = {
  id: string;
  name: string;
  displayName: string;
  description: string;
  personal: boolean;
  personalUserId: string | null;
  /** A personal workspace whose user is still a member of the tenant: it cannot be shared or deleted. */
  personalUserIsMember: boolean;
};

/**
 * Reads one workspace of the tenant and locks its row until the transaction ends. Every change of a workspace's
 * bindings goes through this lock, so concurrent changes queue and each sees the others' result (the last-Owner
 * check would otherwise pass in two transactions at once). Null when the workspace is not in this tenant.
 */
export async function lockWorkspace(tx: Tx, tenantId: string, workspaceId: string): Promise<LockedWorkspace | null> {
  const [row] = await tx
    .select({
      ...WORKSPACE_SUMMARY,
      personalUserId: workspaces.personalUserId,
      personalUserIsMember: sql<boolean>`${memberships.userId} is not null`,
    })
    .from(workspaces)
    .leftJoin(memberships, and(eq(memberships.tenantId, workspaces.tenantId), eq(memberships.userId, workspaces.personalUserId)))
    .where(and(eq(workspaces.tenantId, tenantId), eq(workspaces.id, workspaceId)))
    .for("update", { of: workspaces });
  return row ?? null;
}

/** Locks several workspaces in id order (one order for every transaction, so two never wait on each other). */
export async function lockWorkspaces(tx: Tx, tenantId: string, workspaceIds: readonly string[]): Promise<void> {
  if (!workspaceIds.length) return;
  await tx
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(and(eq(workspaces.tenantId, tenantId), inArray(workspaces.id, [...workspaceIds])))
    .orderBy(asc(workspaces.id))
    .for("update");
}
