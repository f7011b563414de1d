import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { apiKeys } from "@/db/schema";
import { auditEntries, defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { ownedKeys, type KeyOwner } from "@/lib/api-keys/owner";
import { renewKeySecret } from "@/lib/api-keys/renew-key-secret";
import { zId } from "@/lib/validation/ids";
import { lockServiceAccount } from "./service-account-query";

export const ZRegenerateServiceAccountKey = z.object({ serviceAccountId: zId("The service account"), id: zId("That API key") });

/** An Admin replaces the secret of a service account's key (SPEC §3); the old one stops working with the commit. */
export const regenerateServiceAccountKey = defineAction(
  { permission: "service_accounts:manage", input: ZRegenerateServiceAccountKey },
  async ({ input, caller, tx }) => {
    const account = await lockServiceAccount(tx, caller.tenantId, input.serviceAccountId);
    if (!account) throw refuse.notFound("The service account");
    const owner: KeyOwner = { userId: account.id, kind: "service_account" };
    const [key] = await tx.select().from(apiKeys).where(and(eq(apiKeys.id, input.id), ownedKeys(caller.tenantId, owner))).for("update");
    if (!key) throw refuse.notFound("That API key");
    const outcome = await renewKeySecret(tx, caller.tenantId, owner, key);
    const audit = auditEntries(outcome.audit);
    return { result: outcome.result, audit: audit.map((e) => ({ ...e, details: { ...e.details, serviceAccount: account.name } })) };
  },
);
