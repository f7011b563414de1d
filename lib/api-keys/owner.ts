import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import type { Tx } from "@/lib/db";

/**
 * Whose keys "own keys" are: today the calling person (or, for a key, its owner). Service accounts (SPEC §4) own
 * keys through `api_keys.owner_service_account_id`; their Admin-facing functions pass a service-account owner.
 */
export type KeyOwner = { type: "user"; userId: string } | { type: "service_account"; serviceAccountId: string };

export function keyOwnerOf(caller: Caller): KeyOwner {
  return { type: "user", userId: caller.userId };
}

/** The WHERE for one owner's keys inside the caller's tenant. */
export function ownedKeys(tenantId: string, owner: KeyOwner): SQL {
  const ownerColumn = owner.type === "user" ? eq(apiKeys.ownerUserId, owner.userId) : eq(apiKeys.ownerServiceAccountId, owner.serviceAccountId);
  return and(eq(apiKeys.tenantId, tenantId), ownerColumn)!;
}

export function ownerColumns(owner: KeyOwner) {
  return owner.type === "user"
    ? { ownerUserId: owner.userId, ownerServiceAccountId: null }
    : { ownerUserId: null, ownerServiceAccountId: owner.serviceAccountId };
}

/** Serialises key creation per owner until the transaction ends, so parallel requests cannot pass the limit. */
export async function lockOwner(tx: Tx, owner: KeyOwner): Promise<void> {
  const id = owner.type === "user" ? owner.userId : owner.serviceAccountId;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`api_keys:${id}`}, 0))`);
}
