import "server-only";
import { apiKeys } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { ZCreateApiKey } from "@/lib/validation/api-keys";
import { toApiKeyDto, type ApiKeyWithSecret } from "./dto";
import { EXPIRY_LABEL, expiryDate, lifetimeDaysOf } from "./expiry";
import { readApiKeyPolicy } from "./key-policy";
import { newSecret } from "./new-secret";
import { assertBelowKeyLimit } from "./key-limit";
import { keyOwnerOf, ownerColumns } from "./owner";

export const createApiKey = defineAction({ permission: "api_keys:manage_own", input: ZCreateApiKey }, async ({ input, caller, tx }) => {
  const owner = keyOwnerOf(caller);
  const now = new Date();
  const policy = await readApiKeyPolicy(tx, caller.tenantId);
  if (!policy.expiries.includes(input.expiry)) {
    throw refuse.invalid({ expiry: [`This tenant allows keys to live at most ${policy.maxLifetimeDays} days.`] });
  }
  await assertBelowKeyLimit(tx, caller.tenantId, owner, policy.maxKeysPerOwner, now);

  const lifetimeDays = lifetimeDaysOf(input.expiry);
  const { secret, columns } = newSecret();
  const [row] = await tx
    .insert(apiKeys)
    .values({
      tenantId: caller.tenantId,
      ...ownerColumns(owner),
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
    result: { key, secret } satisfies ApiKeyWithSecret,
    audit: {
      action: "api_key.created",
      target: { type: "api_key", id: key.id, label: key.name },
      details: { scope: key.scope, expiry: EXPIRY_LABEL[input.expiry], expiresAt: key.expiresAt, description: key.description },
    },
  };
});
