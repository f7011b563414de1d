import "server-only";
import { auditEntries, defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { issueApiKey } from "@/lib/api-keys/issue-api-key";
import { ZCreateApiKey } from "@/lib/validation/api-keys";
import { zId } from "@/lib/validation/ids";
import { lockServiceAccount } from "./service-account-query";

export const ZCreateServiceAccountKey = ZCreateApiKey.extend({ serviceAccountId: zId("The service account") });

/**
 * An Admin creates a key for a service account (SPEC §3): the account is a user, so the key is owned through
 * owner_user_id and authenticates like any key, with the account's role; the same per-owner limit applies.
 */
export const createServiceAccountKey = defineAction({ permission: "service_accounts:manage", input: ZCreateServiceAccountKey }, async ({ input, caller, tx }) => {
  const account = await lockServiceAccount(tx, caller.tenantId, input.serviceAccountId);
  if (!account) throw refuse.notFound("The service account");
  const outcome = await issueApiKey(tx, caller.tenantId, { userId: account.id, kind: "service_account" }, input);
  const audit = auditEntries(outcome.audit);
  return { result: outcome.result, audit: audit.map((e) => ({ ...e, details: { ...e.details, serviceAccount: account.name } })) };
});
