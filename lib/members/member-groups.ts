import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { groupMembers, groups } from "@/db/schema";
import { getDb } from "@/lib/db";

export type GroupRef = { id: string; name: string };

/** The groups of several members of one tenant in one query (a page of the member list), by user id. */
export async function memberGroupsOf(tenantId: string, userIds: readonly string[]): Promise<Map<string, GroupRef[]>> {
  const byUser = new Map<string, GroupRef[]>();
  if (!userIds.length) return byUser;
  const rows = await getDb()
    .select({ userId: groupMembers.userId, id: groups.id, name: groups.name })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(groupMembers.tenantId, tenantId), inArray(groupMembers.userId, [...userIds])))
    .orderBy(asc(sql`lower(${groups.name})`));
  for (const { userId, id, name } of rows) {
    const list = byUser.get(userId) ?? [];
    list.push({ id, name });
    byUser.set(userId, list);
  }
  return byUser;
}
