import "server-only";
import { defineAction } from "@/lib/action/define-action";
import { ZCreateApiKey } from "@/lib/validation/api-keys";
import { issueApiKey } from "./issue-api-key";
import { keyOwnerOf } from "./owner";

export const createApiKey = defineAction({ permission: "api_keys:manage_own", input: ZCreateApiKey }, ({ input, caller, tx }) =>
  issueApiKey(tx, caller.tenantId, keyOwnerOf(caller), input),
);
