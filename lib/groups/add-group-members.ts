import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { groupMembers, groups, memberships, users } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import type { AuditEntry } from "@/lib/audit/record";
import { zIdList } from "@/lib/validation/ids";

/**
 * Every chosen user into every chosen group: the group's page sends one group and many users, a member's page one
 * user and many groups. Users already in a group are left as they are (no event).
 */
export const ZAddGroupMembers = z.object({
  groupIds: zIdList("A group", "Choose at least one group."),
  userIds: zIdList("A member", "Choose at least one member."),
});

export const addGroupMembers = defineAction({ permission: "groups:manage", input: ZAddGroupMembers }, async ({ input, caller, tx }) => {
  const groupIds = [...new Set(input.groupIds)];
  const userIds = [...new Set(input.userIds)];
  const found = await tx
    .select({ id: groups.id, name: groups.name })
    .from(groups)
    .where(and(eq(groups.tenantId, caller.tenantId), inArray(groups.id, groupIds)));
  if (found.length !== groupIds.length) throw refuse.invalid({ groupIds: ["A chosen group was not found."] });
  const members = await tx
    .select({ id: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, caller.tenantId), inArray(memberships.userId, userIds)));
  if (members.length !== userIds.length) throw refuse.invalid({ userIds: ["A chosen user is not a member of this tenant."] });

  const added = await tx
    .insert(groupMembers)
    .values(found.flatMap((g) => members.map((m) => ({ tenantId: caller.tenantId, groupId: g.id, userId: m.id }))))
    .onConflictDoNothing()
    .returning({ groupId: groupMembers.groupId, userId: groupMembers.userId });
  const groupName = new Map(found.map((g) => [g.id, g.name]));
  const email = new Map(members.map((m) => [m.id, m.email]));
  const audit: AuditEntry[] = added.map((row) => ({
    action: "group.member_added",
    target: { type: "user", id: row.userId, label: email.get(row.userId) },
    details: { groupId: row.groupId, group: groupName.get(row.groupId) },
  }));
  return { result: { added: added.length }, audit };
});
