import "server-only";
import { eq } from "drizzle-orm";
import { tenantSettings } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb, type Db, type Tx } from "@/lib/db";
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

/** The policy as the API keys page shows it to the caller. */
export async function getApiKeyPolicy(caller: Caller): Promise<ApiKeyPolicy> {
  if (!callerHas(caller, "api_keys:read_own")) throw refuse.forbidden();
  return readApiKeyPolicy(getDb(), caller.tenantId);
}
