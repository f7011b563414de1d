import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/lib/db";
import type { TenantRole } from "@/lib/authz/permissions";

export type LockedMember = { userId: string; name: string; email: string; role: TenantRole; status: "active" | "inactive"; serviceAccount: boolean };

/** One membership of the tenant with its user, locked until the transaction ends; null when not in this tenant. */
export async function lockMember(tx: Tx, tenantId: string, userId: string): Promise<LockedMember | null> {
  const [row] = rowsOf<{ user_id: string; name: string; email: string; role: TenantRole; status: "active" | "inactive"; service_account: boolean }>(
    await tx.execute(sql`
      select m.user_id, u.name, u.email, m.role, m.status,
             exists (select 1 from service_accounts sa where sa.user_id = m.user_id) as service_account
      from memberships m join users u on u.id = m.user_id
      where m.tenant_id = ${tenantId} and m.user_id = ${userId}
      for update of m`),
  );
  return row ? { userId: row.user_id, name: row.name, email: row.email, role: row.role, status: row.status, serviceAccount: row.service_account } : null;
}
