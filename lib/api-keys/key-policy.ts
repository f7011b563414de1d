import "server-only";
import { eq } from "drizzle-orm";
import { tenantSettings } from "@/db/schema";
import type { Db, Tx } from "@/lib/db";
import { allowedExpiries, type ExpiryChoice } from "./expiry";

export type ApiKeyPolicy = { maxKeysPerOwner: number; maxLifetimeDays: number | null; expiries: ExpiryChoice[] };

/** The tenant's key policy (SPEC §8): how many active keys an owner may hold and how long a key may live. */
export async function readApiKeyPolicy(db: Db | Tx, tenantId: string): Promise<ApiKeyPolicy> {
  const [row] = await db
    .select({ maxKeysPerOwner: tenantSettings.maxApiKeysPerOwner, maxLifetimeDays: tenantSettings.maxApiKeyLifetimeDays })
    .from(tenantSettings)
    .where(eq(tenantSettings.tenantId, tenantId));
  if (!row) throw new Error("tenant settings row missing");
  return { ...row, expiries: allowedExpiries(row.maxLifetimeDays) };
}
