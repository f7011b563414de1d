import "server-only";
import { defineAction } from "@/lib/action/define-action";
import { ZApiKeyRef } from "@/lib/validation/api-keys";
import { keyOwnerOf } from "./owner";
import { lockOwnKey } from "./own-key";
import { renewKeySecret } from "./renew-key-secret";

/** A new secret for one of the caller's own keys (see renewKeySecret). */
export const regenerateApiKey = defineAction({ permission: "api_keys:manage_own", input: ZApiKeyRef }, async ({ input, caller, tx }) =>
  renewKeySecret(tx, caller.tenantId, keyOwnerOf(caller), await lockOwnKey(tx, caller, input.id)),
);
