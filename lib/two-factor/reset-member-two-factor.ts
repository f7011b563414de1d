import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { memberships, users } from "@/db/schema";
import { DomainError, refuse } from "@/lib/action/errors";
import { defineAction } from "@/lib/action/define-action";
import { endUserSessions } from "@/lib/auth/end-user-sessions";
import { zId } from "@/lib/validation/ids";
import { removeTwoFactor } from "./second-factor-store";

/**
 * An Admin's way back in for a member who lost both the authenticator and the recovery codes: the secret and codes
 * go, and so does every session of that member. Members of other tenants read as "not found".
 */
export const resetMemberTwoFactor = defineAction(
  { permission: "members:reset_2fa", input: z.object({ userId: zId("The member") }) },
  async ({ input, caller, tx }) => {
    const [member] = await tx
      .select({ id: users.id, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.tenantId, caller.tenantId), eq(memberships.userId, input.userId)));
    if (!member) throw refuse.notFound("The member");
    if (!(await removeTwoFactor(tx, member.id))) throw new DomainError("conflict", "This member has no two-factor authentication to reset.");
    const sessionsEnded = await endUserSessions(tx, member.id);
    return {
      result: { userId: member.id },
      audit: { action: "two_factor.reset", target: { type: "user", id: member.id, label: member.email }, details: { sessionsEnded } },
    };
  },
);
