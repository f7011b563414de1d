import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { memberships, serviceAccounts, users, workspaceBindings, workspaces } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { canGrantTenantRole } from "@/lib/authz/permissions";
import { zId } from "@/lib/validation/ids";
import { ZServiceAccountFields } from "@/lib/validation/members";
import { ZWorkspaceRole } from "@/lib/validation/workspaces";
import { lockWorkspaces } from "@/lib/workspaces/lock-workspace";
import { SERVICE_ACCOUNT_EMAIL_DOMAIN } from "./service-account-identity";

export const ZCreateServiceAccount = ZServiceAccountFields.extend({
  workspaceIds: z
    .preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(zId("The workspace")).max(100, "Choose at most 100 workspaces."))
    .meta({ description: "Shared workspaces to give the account a role in." }),
  workspaceRole: ZWorkspaceRole.default("viewer").meta({ description: "The role in each of workspaceIds." }),
});

/**
 * A service account is a user that never signs in: no password, an e-mail in a reserved domain nobody can receive
 * mail at, no personal workspace; its membership carries the tenant role (docs/decisions/0043).
 */
export const createServiceAccount = defineAction({ permission: "service_accounts:manage", input: ZCreateServiceAccount }, async ({ input, caller, tx }) => {
  if (!canGrantTenantRole(caller.role, input.role)) throw refuse.invalid({ role: ["You cannot give a role above your own."] });
  const workspaceIds = [...new Set(input.workspaceIds)];
  await lockWorkspaces(tx, caller.tenantId, workspaceIds);
  const shared = workspaceIds.length
    ? await tx
        .select({ id: workspaces.id, name: workspaces.name })
        .from(workspaces)
        .where(and(eq(workspaces.tenantId, caller.tenantId), inArray(workspaces.id, workspaceIds), eq(workspaces.personal, false)))
    : [];
  if (shared.length !== workspaceIds.length) throw refuse.invalid({ workspaceIds: ["Choose shared workspaces of this tenant."] });

  const handle = randomUUID().replaceAll("-", "");
  const [user] = await tx
    .insert(users)
    .values({ email: `sa-${handle}@${SERVICE_ACCOUNT_EMAIL_DOMAIN}`, username: `sa-${handle}`, name: input.name, passwordHash: null })
    .returning({ id: users.id });
  const id = user!.id;
  await tx.insert(memberships).values({ tenantId: caller.tenantId, userId: id, role: input.role });
  const [account] = await tx.insert(serviceAccounts).values({ userId: id, tenantId: caller.tenantId, description: input.description }).returning();
  if (shared.length) {
    await tx
      .insert(workspaceBindings)
      .values(shared.map((w) => ({ tenantId: caller.tenantId, workspaceId: w.id, principalType: "user" as const, userId: id, role: input.workspaceRole })));
  }
  return {
    result: { id, name: input.name, description: input.description, role: input.role, status: "active" as const, createdAt: account!.createdAt.toISOString() },
    audit: {
      action: "service_account.created",
      target: { type: "service_account", id, label: input.name },
      details: { role: input.role, description: input.description, workspaces: shared.map((w) => `${w.name}=${input.workspaceRole}`) },
    },
  };
});

export type TCreateServiceAccount = z.input<typeof ZCreateServiceAccount>;
