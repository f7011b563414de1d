import "server-only";
import { eq } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { ZApiKeyRef } from "@/lib/validation/api-keys";
import { toApiKeyDto, type ApiKeyWithSecret } from "./dto";
import { expiryDate } from "./expiry";
import { assertBelowKeyLimit } from "./key-limit";
import { readApiKeyPolicy } from "./key-policy";
import { newSecret } from "./new-secret";
import { keyOwnerOf } from "./owner";
import { lockOwnKey } from "./own-key";

/**
 * A new secret for the same key (name, scope and history stay); the old secret stops working with the commit. The
 * key gets its lifetime again from now, within the tenant's current maximum; reviving an expired key counts against
 * the active-key limit like a new one.
 */
export const regenerateApiKey = defineAction({ permission: "api_keys:manage_own", input: ZApiKeyRef }, async ({ input, caller, tx }) => {
  const before = await lockOwnKey(tx, caller, input.id);
  const now = new Date();
  const policy = await readApiKeyPolicy(tx, caller.tenantId);
  if (before.expiresAt && before.expiresAt <= now) {
    await assertBelowKeyLimit(tx, caller.tenantId, keyOwnerOf(caller), policy.maxKeysPerOwner, now);
  }
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
    result: { key, secret } satisfies ApiKeyWithSecret,
    audit: {
      action: "api_key.regenerated",
      target: { type: "api_key", id: key.id, label: key.name },
      details: { lastFour: { before: before.lastFour, after: key.lastFour }, expiresAt: key.expiresAt },
    },
  };
});
