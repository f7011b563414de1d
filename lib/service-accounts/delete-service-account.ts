import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { assertNotSoleOwner } from "@/lib/members/sole-owner-workspaces";
import { ZServiceAccountRef } from "@/lib/validation/members";
import { lockServiceAccount } from "./service-account-query";

/** Deletes the account's user row: membership, workspace roles and API keys go with it; its audit history stays. */
export const deleteServiceAccount = defineAction({ permission: "service_accounts:manage", input: ZServiceAccountRef }, async ({ input, caller, tx }) => {
  const account = await lockServiceAccount(tx, caller.tenantId, input.id);
  if (!account) throw refuse.notFound("The service account");
  await assertNotSoleOwner(tx, caller.tenantId, input.id, account.name);
  await tx.delete(users).where(eq(users.id, input.id));
  return {
    result: { id: input.id },
    audit: { action: "service_account.deleted", target: { type: "service_account", id: input.id, label: account.name }, details: { role: account.role } },
  };
});
