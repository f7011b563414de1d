import "server-only";
import { eq } from "drizzle-orm";
import { apiKeys, apiRateLimits } from "@/db/schema";
import type { Tx } from "@/lib/db";
import { rateLimitBucketOf } from "./key-rate-limit";

/** Deletes the key (its next request fails) and its rate-limit counter. */
export async function removeKey(tx: Tx, id: string): Promise<void> {
  await tx.delete(apiKeys).where(eq(apiKeys.id, id));
  await tx.delete(apiRateLimits).where(eq(apiRateLimits.bucket, rateLimitBucketOf(id)));
}
