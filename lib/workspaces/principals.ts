import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import { groups, memberships, users, workspaceBindings } from "@/db/schema";
import type { Tx } from "@/lib/db";
import type { PrincipalRef } from "@/lib/validation/workspaces";

/** The principal's label (e-mail or group name) when it belongs to this tenant, else null. */
export async function principalLabel(tx: Tx, tenantId: string, principal: PrincipalRef): Promise<string | null> {
  if (principal.type === "user") {
    const [row] = await tx
      .select({ label: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, principal.id)));
    return row?.label ?? null;
  }
  const [row] = await tx.select({ label: groups.name }).from(groups).where(and(eq(groups.tenantId, tenantId), eq(groups.id, principal.id)));
  return row?.label ?? null;
}

/** The binding of one principal in one workspace. */
export function bindingOf(workspaceId: string, principal: PrincipalRef): SQL {
  const column = principal.type === "user" ? workspaceBindings.userId : workspaceBindings.groupId;
  return and(eq(workspaceBindings.workspaceId, workspaceId), eq(workspaceBindings.principalType, principal.type), eq(column, principal.id))!;
}

export const principalTarget = (principal: PrincipalRef, label: string | null) => ({ type: principal.type, id: principal.id, label: label ?? undefined });
