import "server-only";
import { apiKeys } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { ActionOutcome } from "@/lib/action/define-action";
import type { Tx } from "@/lib/db";
import type { TCreateApiKey } from "@/lib/validation/api-keys";
import { toApiKeyDto, type ApiKeyWithSecret } from "./dto";
import { EXPIRY_LABEL, expiryDate, lifetimeDaysOf } from "./expiry";
import { assertBelowKeyLimit } from "./key-limit";
import { readApiKeyPolicy } from "./key-policy";
import { newSecret } from "./new-secret";
import type { KeyOwner } from "./owner";

/** Creates a key for an owner within the tenant's policy (lifetime cap, keys per owner): one's own or a service account's. */
export async function issueApiKey(tx: Tx, tenantId: string, owner: KeyOwner, input: TCreateApiKey): Promise<ActionOutcome<ApiKeyWithSecret>> {
  const now = new Date();
  const policy = await readApiKeyPolicy(tx, tenantId);
  if (!policy.expiries.includes(input.expiry)) {
    throw refuse.invalid({ expiry: [`This tenant allows keys to live at most ${policy.maxLifetimeDays} days.`] });
  }
  await assertBelowKeyLimit(tx, tenantId, owner, policy.maxKeysPerOwner, now);

  const lifetimeDays = lifetimeDaysOf(input.expiry);
  const { secret, columns } = newSecret();
  const [row] = await tx
    .insert(apiKeys)
    .values({
      tenantId,
      ownerUserId: owner.userId,
      name: input.name,
      description: input.description,
      scope: input.scope,
      ...columns,
      lifetimeDays,
      expiresAt: expiryDate(lifetimeDays, now),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const key = toApiKeyDto(row!, now);
  return {
    result: { key, secret },
    audit: {
      action: "api_key.created",
      target: { type: "api_key", id: key.id, label: key.name },
      details: { scope: key.scope, expiry: EXPIRY_LABEL[input.expiry], expiresAt: key.expiresAt, description: key.description },
    },
  };
}
