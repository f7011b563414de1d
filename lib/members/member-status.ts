import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships, sessions } from "@/db/schema";
import { defineAction, type ActionOutcome } from "@/lib/action/define-action";
import { DomainError } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
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
export const deactivateMember = defineAction({ permission: "members:update", input: ZMemberRef }, ({ input, caller, tx }) => setMemberStatusInTx(tx, caller, input.userId, "inactive"));

export const reactivateMember = defineAction({ permission: "members:update", input: ZMemberRef }, ({ input, caller, tx }) => setMemberStatusInTx(tx, caller, input.userId, "active"));

/** A status change inside a caller's transaction (also one step of the API's PATCH of a member). */
export function setMemberStatusInTx(tx: Tx, caller: Caller, userId: string, status: "active" | "inactive"): Promise<StatusOutcome> {
  return status === "inactive" ? deactivate(tx, caller, userId) : reactivate(tx, caller, userId);
}

type StatusOutcome = ActionOutcome<{ userId: string; status: "active" | "inactive" }>;

async function deactivate(tx: Tx, caller: Caller, userId: string): Promise<StatusOutcome> {
  if (userId === caller.userId) throw new DomainError("invariant_violation", "You cannot deactivate yourself.");
  const { member, activeAdmins } = await lockPersonForChange(tx, caller.tenantId, userId);
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
}

async function reactivate(tx: Tx, caller: Caller, userId: string): Promise<StatusOutcome> {
  const { member } = await lockPersonForChange(tx, caller.tenantId, userId);
  if (member.status === "active") throw new DomainError("conflict", `${member.name} is already active.`);
  await setStatus(tx, caller.tenantId, member.userId, "active");
  return {
    result: { userId: member.userId, status: "active" as const },
    audit: { action: "member.reactivated", target: { type: "user", id: member.userId, label: member.email }, details: { role: member.role } },
  };
}
