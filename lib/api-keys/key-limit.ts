import "server-only";
import { and, count, gt, isNull, or } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { DomainError } from "@/lib/action/errors";
import type { Tx } from "@/lib/db";
import { lockOwner, ownedKeys, type KeyOwner } from "./owner";

/**
 * Refuses when the owner already holds `max` active (unexpired) keys. Takes the owner's lock first, so parallel
 * requests are counted one after the other and can never pass the limit together.
 */
export async function assertBelowKeyLimit(tx: Tx, tenantId: string, owner: KeyOwner, max: number, now: Date): Promise<void> {
  await lockOwner(tx, owner);
  const [active] = await tx
    .select({ n: count() })
    .from(apiKeys)
    .where(and(ownedKeys(tenantId, owner), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now))));
  if ((active?.n ?? 0) >= max) {
    const message =
      owner.kind === "person"
        ? `You already have ${max} active API keys, the most this tenant allows. Delete one before creating another.`
        : `This service account already has ${max} active API keys, the most this tenant allows. Revoke one before creating another.`;
    throw new DomainError("conflict", message);
  }
}
