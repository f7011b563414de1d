import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import type { z } from "zod";
import { defineAction, type ActionOutcome } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { canGrantTenantRole, type TenantRole } from "@/lib/authz/permissions";
import type { Tx } from "@/lib/db";
import { ZChangeMemberRole } from "@/lib/validation/members";
import { assertAnotherActiveAdmin } from "./admin-guard";
import { lockPersonForChange } from "./lock-person";

/** Changes a member's tenant role; the last active Admin cannot be demoted (also not by themself). */
export const changeMemberRole = defineAction({ permission: "members:update", input: ZChangeMemberRole }, ({ input, caller, tx }) => changeRoleInTx(tx, caller, input));

/** The role change inside a caller's transaction (also one step of the API's PATCH of a member). */
export async function changeRoleInTx(tx: Tx, caller: Caller, input: z.output<typeof ZChangeMemberRole>): Promise<ActionOutcome<{ userId: string; role: TenantRole }>> {
  if (!canGrantTenantRole(caller.role, input.role)) throw refuse.invalid({ role: ["You cannot give a role above your own."] });
  const { member, activeAdmins } = await lockPersonForChange(tx, caller.tenantId, input.userId);
  if (member.role === input.role) throw refuse.invalid({ role: [`${member.name} already has this role.`] });
  if (input.role !== "admin") assertAnotherActiveAdmin(activeAdmins, member.userId);
  await tx
    .update(memberships)
    .set({ role: input.role, updatedAt: new Date() })
    .where(and(eq(memberships.tenantId, caller.tenantId), eq(memberships.userId, member.userId)));
  return {
    result: { userId: member.userId, role: input.role },
    audit: {
      action: "member.role_changed",
      target: { type: "user", id: member.userId, label: member.email },
      details: { before: member.role, after: input.role },
    },
  };
}
