import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { groupMembers, groups, users } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { offsetOf, PAGE_SIZE, type Page } from "@/lib/pagination/page";
import { isId } from "@/lib/validation/ids";
import { loadGroupImpact, type GroupImpact } from "./group-impact";

export type GroupMemberItem = { id: string; name: string; email: string; username: string };
export type GroupDetail = {
  id: string;
  name: string;
  description: string;
  managedBySso: boolean;
  members: Page<GroupMemberItem>;
  /** What deleting the group would take away, for its confirmation. */
  impact: GroupImpact;
};

// The deletion confirmation names this many members and counts the rest.
const NAMED_IN_CONFIRMATION = 20;

/** A group of the caller's tenant with a page of its members, or null (unknown, or another tenant's). */
export async function getGroup(caller: Caller, groupId: string, page: number): Promise<GroupDetail | null> {
  if (!callerHas(caller, "groups:read")) throw refuse.forbidden();
  if (!isId(groupId)) return null;
  const db = getDb();
  const [group] = await db
    .select({ id: groups.id, name: groups.name, description: groups.description, managedBySso: groups.managedBySso })
    .from(groups)
    .where(and(eq(groups.tenantId, caller.tenantId), eq(groups.id, groupId)));
  if (!group) return null;
  const impact = await loadGroupImpact(db, caller.tenantId, groupId, NAMED_IN_CONFIRMATION);
  const items = await db
    .select({ id: users.id, name: users.name, email: users.email, username: users.username })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(and(eq(groupMembers.tenantId, caller.tenantId), eq(groupMembers.groupId, groupId)))
    .orderBy(asc(users.name), asc(users.email))
    .limit(PAGE_SIZE)
    .offset(offsetOf(page));
  return { ...group, impact, members: { items, total: impact.memberCount, page, pageSize: PAGE_SIZE } };
}
