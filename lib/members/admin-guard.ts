import "server-only";
import { sql } from "drizzle-orm";
import { DomainError } from "@/lib/action/errors";
import { rowsOf, type Tx } from "@/lib/db";

export const LAST_ADMIN_MESSAGE = "The tenant needs at least one active Admin. Make another member Admin first.";

/**
 * SPEC §1: a tenant keeps at least one active Admin user (service accounts do not count). Locks every active Admin
 * membership of the tenant in user-id order until the transaction ends, so two Admins demoting each other at the
 * same moment queue here: the second one re-reads the rows after the first commits and sees one Admin fewer
 * (docs/decisions/0042). Every change of a role or status locks these rows first, always in the same order.
 */
export async function lockActiveAdmins(tx: Tx, tenantId: string): Promise<string[]> {
  const rows = rowsOf<{ user_id: string }>(
    await tx.execute(sql`
      select m.user_id from memberships m
      where m.tenant_id = ${tenantId} and m.role = 'admin' and m.status = 'active'
        and not exists (select 1 from service_accounts sa where sa.user_id = m.user_id)
      order by m.user_id
      for update of m`),
  );
  return rows.map((r) => r.user_id);
}

/** Whether taking `userId` out of the active Admins would leave nobody. */
export function isLastActiveAdmin(activeAdmins: readonly string[], userId: string): boolean {
  return activeAdmins.includes(userId) && activeAdmins.length <= 1;
}

/** Refuses a change that takes `userId` out of the active Admins when nobody else would be left. */
export function assertAnotherActiveAdmin(activeAdmins: readonly string[], userId: string): void {
  if (isLastActiveAdmin(activeAdmins, userId)) throw new DomainError("invariant_violation", LAST_ADMIN_MESSAGE);
}
