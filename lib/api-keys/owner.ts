import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import type { Tx } from "@/lib/db";

/**
 * Whose keys "own keys" are: the calling person's (or, for a key, its owner's), or a service account's, which is a user
 * without a password (decision 0043). Both own keys through `api_keys.owner_user_id`; the kind only changes wording.
 */
export type KeyOwner = { userId: string; kind: "person" | "service_account" };

export function keyOwnerOf(caller: Caller): KeyOwner {
  return { userId: caller.userId, kind: "person" };
}

/** The WHERE for one owner's keys inside the caller's tenant. */
export function ownedKeys(tenantId: string, owner: KeyOwner): SQL {
  return and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.ownerUserId, owner.userId))!;
}

/** Serialises key creation per owner until the transaction ends, so parallel requests cannot pass the limit. */
export async function lockOwner(tx: Tx, owner: KeyOwner): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`api_keys:${owner.userId}`}, 0))`);
}
