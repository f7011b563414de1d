import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { memberships } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { DomainError, refuse } from "@/lib/action/errors";
import { ZServiceAccountRef } from "@/lib/validation/members";
import { lockServiceAccount } from "./service-account-query";

export const ZServiceAccountStatus = ZServiceAccountRef.extend({ status: z.enum(["active", "inactive"], "Choose active or inactive.") });

/** Deactivates (its API keys fail on their next request: authentication needs an Active membership) or re-activates. */
export const setServiceAccountStatus = defineAction({ permission: "service_accounts:manage", input: ZServiceAccountStatus }, async ({ input, caller, tx }) => {
  const account = await lockServiceAccount(tx, caller.tenantId, input.id);
  if (!account) throw refuse.notFound("The service account");
  if (account.status === input.status) throw new DomainError("conflict", `${account.name} is already ${input.status}.`);
  await tx
    .update(memberships)
    .set({ status: input.status, updatedAt: new Date() })
    .where(and(eq(memberships.tenantId, caller.tenantId), eq(memberships.userId, input.id)));
  return {
    result: { ...account, status: input.status },
    audit: {
      action: input.status === "inactive" ? "service_account.deactivated" : "service_account.reactivated",
      target: { type: "service_account", id: input.id, label: account.name },
    },
  };
});
