import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { groupMembers, groups, users } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { zId } from "@/lib/validation/ids";

export const ZRemoveGroupMember = z.object({ groupId: zId("The group"), userId: zId("The member") });

export const removeGroupMember = defineAction({ permission: "groups:manage", input: ZRemoveGroupMember }, async ({ input, caller, tx }) => {
  const [removed] = await tx
    .delete(groupMembers)
    .where(and(eq(groupMembers.tenantId, caller.tenantId), eq(groupMembers.groupId, input.groupId), eq(groupMembers.userId, input.userId)))
    .returning({ userId: groupMembers.userId });
  if (!removed) throw refuse.notFound("The group member");
  const [labels] = await tx
    .select({ group: groups.name, email: users.email })
    .from(groups)
    .innerJoin(users, eq(users.id, input.userId))
    .where(eq(groups.id, input.groupId));
  return {
    result: { groupId: input.groupId, userId: input.userId },
    audit: {
      action: "group.member_removed",
      target: { type: "user", id: input.userId, label: labels?.email },
      details: { groupId: input.groupId, group: labels?.group },
    },
  };
});
