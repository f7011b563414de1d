import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { groupMembers, groups } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";

export type MemberGroupItem = { id: string; name: string; managedBySso: boolean };

/** The groups one member of the caller's tenant belongs to: for themself, or for whoever may read groups. */
export async function listMemberGroups(caller: Caller, userId: string): Promise<MemberGroupItem[]> {
  if (userId !== caller.userId && !callerHas(caller, "groups:read")) throw refuse.forbidden();
  return getDb()
    .select({ id: groups.id, name: groups.name, managedBySso: groups.managedBySso })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(groupMembers.tenantId, caller.tenantId), eq(groupMembers.userId, userId)))
    .orderBy(asc(sql`lower(${groups.name})`));
}
