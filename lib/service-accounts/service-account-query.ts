import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships, serviceAccounts, users } from "@/db/schema";
import type { Db, Tx } from "@/lib/db";
import type { ServiceAccountDto } from "./service-account-dto";

export const SERVICE_ACCOUNT_COLUMNS = {
  id: users.id,
  name: users.name,
  description: serviceAccounts.description,
  role: memberships.role,
  status: memberships.status,
  createdAt: serviceAccounts.createdAt,
};

type Row = { id: string; name: string; description: string; role: ServiceAccountDto["role"]; status: ServiceAccountDto["status"]; createdAt: Date };

export const toServiceAccountDto = (row: Row): ServiceAccountDto => ({ ...row, createdAt: row.createdAt.toISOString() });

/** Service accounts of one tenant joined with their user and membership rows. */
export function selectServiceAccounts(db: Db | Tx) {
  return db
    .select(SERVICE_ACCOUNT_COLUMNS)
    .from(serviceAccounts)
    .innerJoin(users, eq(users.id, serviceAccounts.userId))
    .innerJoin(memberships, and(eq(memberships.tenantId, serviceAccounts.tenantId), eq(memberships.userId, serviceAccounts.userId)));
}

/** One service account of the tenant, its membership locked until the transaction ends; null when not in this tenant. */
export async function lockServiceAccount(tx: Tx, tenantId: string, id: string): Promise<ServiceAccountDto | null> {
  const [row] = await selectServiceAccounts(tx)
    .where(and(eq(serviceAccounts.tenantId, tenantId), eq(serviceAccounts.userId, id)))
    .for("update", { of: memberships });
  return row ? toServiceAccountDto(row) : null;
}
