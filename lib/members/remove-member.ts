import "server-only";
import { and, eq } from "drizzle-orm";
import { apiKeys, memberships, sessions, workspaces } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { DomainError } from "@/lib/action/errors";
import type { AuditEntry } from "@/lib/audit/record";
import { ZMemberRef } from "@/lib/validation/members";
import { assertAnotherActiveAdmin } from "./admin-guard";
import { lockPersonForChange } from "./lock-person";
import { assertNotSoleOwner } from "./sole-owner-workspaces";

/**
 * Removes a member from the tenant: their API keys, sessions and personal workspace here are deleted, and the
 * membership's cascade takes group memberships and workspace role bindings. The user row (other tenants) and the
 * audit history stay.
 */
export const removeMember = defineAction({ permission: "members:update", input: ZMemberRef }, async ({ input, caller, tx }) => {
  if (input.userId === caller.userId) throw new DomainError("invariant_violation", "You cannot remove yourself from the tenant.");
  const { member, activeAdmins } = await lockPersonForChange(tx, caller.tenantId, input.userId);
  assertAnotherActiveAdmin(activeAdmins, member.userId);
  await assertNotSoleOwner(tx, caller.tenantId, member.userId, member.name);

  const keys = await tx.delete(apiKeys).where(and(eq(apiKeys.tenantId, caller.tenantId), eq(apiKeys.ownerUserId, member.userId))).returning({ id: apiKeys.id });
  const ended = await tx.delete(sessions).where(and(eq(sessions.tenantId, caller.tenantId), eq(sessions.userId, member.userId))).returning({ id: sessions.idHash });
  const personal = await tx
    .delete(workspaces)
    .where(and(eq(workspaces.tenantId, caller.tenantId), eq(workspaces.personalUserId, member.userId)))
    .returning({ id: workspaces.id, name: workspaces.name });
  await tx.delete(memberships).where(and(eq(memberships.tenantId, caller.tenantId), eq(memberships.userId, member.userId)));

  const audit: AuditEntry[] = [
    {
      action: "member.removed",
      target: { type: "user", id: member.userId, label: member.email },
      details: { name: member.name, role: member.role, status: member.status, apiKeysDeleted: keys.length, sessionsEnded: ended.length },
    },
    ...personal.map((w) => ({
      action: "workspace.deleted" as const,
      target: { type: "workspace", id: w.id, label: w.name },
      workspaceId: w.id,
      details: { personal: true, reason: "member removed" },
    })),
  ];
  return { result: { userId: member.userId }, audit };
});
