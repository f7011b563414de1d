import "server-only";
import { eq } from "drizzle-orm";
import { apiKeys, type ApiKeyRow } from "@/db/schema";
import type { ActionOutcome } from "@/lib/action/define-action";
import type { Tx } from "@/lib/db";
import { toApiKeyDto, type ApiKeyWithSecret } from "./dto";
import { expiryDate } from "./expiry";
import { assertBelowKeyLimit } from "./key-limit";
import { readApiKeyPolicy } from "./key-policy";
import { newSecret } from "./new-secret";
import type { KeyOwner } from "./owner";

/**
 * A new secret for the same key (name, scope and history stay); the old secret stops working with the commit. The
 * key gets its lifetime again from now, within the tenant's current maximum; reviving an expired key counts against
 * the owner's active-key limit like a new one. `before` is the key, locked by the caller.
 */
export async function renewKeySecret(tx: Tx, tenantId: string, owner: KeyOwner, before: ApiKeyRow): Promise<ActionOutcome<ApiKeyWithSecret>> {
  const now = new Date();
  const policy = await readApiKeyPolicy(tx, tenantId);
  if (before.expiresAt && before.expiresAt <= now) await assertBelowKeyLimit(tx, tenantId, owner, policy.maxKeysPerOwner, now);
  const max = policy.maxLifetimeDays;
  const lifetimeDays = max !== null && (before.lifetimeDays === null || before.lifetimeDays > max) ? max : before.lifetimeDays;
  const { secret, columns } = newSecret();
  const [row] = await tx
    .update(apiKeys)
    .set({ ...columns, lifetimeDays, expiresAt: expiryDate(lifetimeDays, now), lastUsedAt: null, lastUsedIp: null, updatedAt: now })
    .where(eq(apiKeys.id, before.id))
    .returning();
  const key = toApiKeyDto(row!, now);
  return {
    result: { key, secret },
    audit: {
      action: "api_key.regenerated",
      target: { type: "api_key", id: key.id, label: key.name },
      details: { lastFour: { before: before.lastFour, after: key.lastFour }, expiresAt: key.expiresAt },
    },
  };
}
