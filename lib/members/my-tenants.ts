import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { memberships, tenants } from "@/db/schema";
import type { SessionCaller } from "@/lib/auth/caller";
import type { TenantRole } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db";

export type MyTenant = { id: string; name: string; role: TenantRole; current: boolean };

/** The tenants the signed-in person is an Active member of (for the account menu's switcher). */
export async function listMyTenants(caller: SessionCaller): Promise<MyTenant[]> {
  const rows = await getDb()
    .select({ id: tenants.id, name: tenants.name, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(and(eq(memberships.userId, caller.userId), eq(memberships.status, "active")))
    .orderBy(asc(tenants.name));
  return rows.map((r) => ({ ...r, current: r.id === caller.tenantId }));
}
