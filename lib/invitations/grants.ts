import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { groups, invitationGroups, invitationWorkspaces, tenantSettings, workspaces } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { canGrantTenantRole, type TenantRole, type WorkspaceRole } from "@/lib/authz/permissions";
import type { Db, Tx } from "@/lib/db";

export type InvitationGrants = { role: TenantRole; groupIds: string[]; workspaces: { workspaceId: string; role: WorkspaceRole }[] };

/**
 * What a batch grants, checked once: nobody invites above their own role, and every group and workspace is the
 * caller's tenant's (another tenant's id reads as not found); workspaces are shared ones.
 */
export async function checkGrants(tx: Db | Tx, caller: Caller, grants: InvitationGrants): Promise<InvitationGrants> {
  if (!canGrantTenantRole(caller.role, grants.role)) throw refuse.invalid({ role: ["You cannot invite with a role above your own."] });
  const groupIds = [...new Set(grants.groupIds)];
  if (groupIds.length) {
    const found = await tx.select({ id: groups.id }).from(groups).where(and(eq(groups.tenantId, caller.tenantId), inArray(groups.id, groupIds)));
    if (found.length !== groupIds.length) throw refuse.invalid({ groupIds: ["A chosen group was not found."] });
  }
  const byWorkspace = new Map(grants.workspaces.map((w) => [w.workspaceId, w.role]));
  if (byWorkspace.size) {
    const found = await tx
      .select({ id: workspaces.id })
      .from(workspaces)
      .where(and(eq(workspaces.tenantId, caller.tenantId), inArray(workspaces.id, [...byWorkspace.keys()]), eq(workspaces.personal, false)));
    // A personal workspace belongs to its user alone (decision 0054), so it reads as not found here.
    if (found.length !== byWorkspace.size) throw refuse.invalid({ workspaces: ["A chosen workspace was not found among the tenant's shared workspaces."] });
  }
  return { role: grants.role, groupIds, workspaces: [...byWorkspace].map(([workspaceId, role]) => ({ workspaceId, role })) };
}

const CHUNK = 1000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** The groups and workspace roles of each new invitation (bulk inserts, kept under the driver's parameter limit). */
export async function storeGrants(tx: Tx, tenantId: string, invitationIds: string[], grants: InvitationGrants): Promise<void> {
  const groupRows = invitationIds.flatMap((invitationId) => grants.groupIds.map((groupId) => ({ tenantId, invitationId, groupId })));
  const workspaceRows = invitationIds.flatMap((invitationId) => grants.workspaces.map((w) => ({ tenantId, invitationId, ...w })));
  await insertChunked(groupRows, (chunk) => tx.insert(invitationGroups).values(chunk));
  await insertChunked(workspaceRows, (chunk) => tx.insert(invitationWorkspaces).values(chunk));
}

/** now() + the tenant's invitation lifetime (SPEC §4: 7 days unless the tenant says otherwise), on the database's clock. */
export async function invitationExpiry(tx: Tx, tenantId: string) {
  const [row] = await tx.select({ days: tenantSettings.invitationLifetimeDays }).from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId));
  return sql`now() + make_interval(days => ${row?.days ?? 7}::int)`;
}
