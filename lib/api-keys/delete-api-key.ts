import "server-only";
import { defineAction } from "@/lib/action/define-action";
import { ZApiKeyRef } from "@/lib/validation/api-keys";
import { lockOwnKey } from "./own-key";
import { removeKey } from "./remove-key";

export const deleteApiKey = defineAction({ permission: "api_keys:manage_own", input: ZApiKeyRef }, async ({ input, caller, tx }) => {
  const key = await lockOwnKey(tx, caller, input.id);
  await removeKey(tx, key.id);
  return {
    result: { id: key.id },
    audit: { action: "api_key.deleted", target: { type: "api_key", id: key.id, label: key.name }, details: { lastFour: key.lastFour } },
  };
});
