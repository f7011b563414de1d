import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships, sessions } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { DomainError } from "@/lib/action/errors";
import type { Tx } from "@/lib/db";
import { ZMemberRef } from "@/lib/validation/members";
import { assertAnotherActiveAdmin } from "./admin-guard";
import { lockPersonForChange } from "./lock-person";

async function setStatus(tx: Tx, tenantId: string, userId: string, status: "active" | "inactive") {
  await tx.update(memberships).set({ status, updatedAt: new Date() }).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
}

/**
 * Deactivates a member: the session check and API-key authentication both require an Active membership, so their
 * open sessions and keys fail on the next request; their sessions in this tenant are also ended now.
 */
export const deactivateMember = defineAction({ permission: "members:update", input: ZMemberRef }, async ({ input, caller, tx }) => {
  if (input.userId === caller.userId) throw new DomainError("invariant_violation", "You cannot deactivate yourself.");
  const { member, activeAdmins } = await lockPersonForChange(tx, caller.tenantId, input.userId);
  if (member.status === "inactive") throw new DomainError("conflict", `${member.name} is already inactive.`);
  assertAnotherActiveAdmin(activeAdmins, member.userId);
  await setStatus(tx, caller.tenantId, member.userId, "inactive");
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.tenantId, caller.tenantId), eq(sessions.userId, member.userId)))
    .returning({ id: sessions.idHash });
  return {
    result: { userId: member.userId, status: "inactive" as const },
    audit: { action: "member.deactivated", target: { type: "user", id: member.userId, label: member.email }, details: { role: member.role, sessionsEnded: ended.length } },
  };
});

export const reactivateMember = defineAction({ permission: "members:update", input: ZMemberRef }, async ({ input, caller, tx }) => {
  const { member } = await lockPersonForChange(tx, caller.tenantId, input.userId);
  if (member.status === "active") throw new DomainError("conflict", `${member.name} is already active.`);
  await setStatus(tx, caller.tenantId, member.userId, "active");
  return {
    result: { userId: member.userId, status: "active" as const },
    audit: { action: "member.reactivated", target: { type: "user", id: member.userId, label: member.email }, details: { role: member.role } },
  };
});
