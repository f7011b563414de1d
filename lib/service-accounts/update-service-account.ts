import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships, serviceAccounts, users } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { canGrantTenantRole } from "@/lib/authz/permissions";
import { ZServiceAccountFields, ZServiceAccountRef } from "@/lib/validation/members";
import { lockServiceAccount } from "./service-account-query";

export const ZUpdateServiceAccount = ZServiceAccountFields.extend(ZServiceAccountRef.shape);

/** Renames, describes and changes the tenant role of a service account (its keys act with the new role at once). */
export const updateServiceAccount = defineAction({ permission: "service_accounts:manage", input: ZUpdateServiceAccount }, async ({ input, caller, tx }) => {
  if (!canGrantTenantRole(caller.role, input.role)) throw refuse.invalid({ role: ["You cannot give a role above your own."] });
  const before = await lockServiceAccount(tx, caller.tenantId, input.id);
  if (!before) throw refuse.notFound("The service account");
  const now = new Date();
  await tx.update(users).set({ name: input.name, updatedAt: now }).where(eq(users.id, input.id));
  await tx.update(serviceAccounts).set({ description: input.description }).where(eq(serviceAccounts.userId, input.id));
  await tx.update(memberships).set({ role: input.role, updatedAt: now }).where(and(eq(memberships.tenantId, caller.tenantId), eq(memberships.userId, input.id)));
  const after = { name: input.name, description: input.description, role: input.role };
  return {
    result: { ...before, ...after },
    audit: {
      action: "service_account.updated",
      target: { type: "service_account", id: input.id, label: input.name },
      details: { before: { name: before.name, description: before.description, role: before.role }, after },
    },
  };
});
