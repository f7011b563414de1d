import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import { groupMembers, groups } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { offsetOf, PAGE_SIZE, type Page } from "@/lib/pagination/page";

export type GroupListItem = { id: string; name: string; description: string; managedBySso: boolean; memberCount: number };

export async function listGroups(caller: Caller, page: number): Promise<Page<GroupListItem>> {
  if (!callerHas(caller, "groups:read")) throw refuse.forbidden();
  const db = getDb();
  const inTenant = eq(groups.tenantId, caller.tenantId);
  const [total] = await db.select({ n: count() }).from(groups).where(inTenant);
  const items = await db
    .select({
      id: groups.id,
      name: groups.name,
      description: groups.description,
      managedBySso: groups.managedBySso,
      memberCount: sql<number>`(select count(*)::int from ${groupMembers} where ${groupMembers.groupId} = ${groups.id})`,
    })
    .from(groups)
    .where(inTenant)
    .orderBy(asc(sql`lower(${groups.name})`))
    .limit(PAGE_SIZE)
    .offset(offsetOf(page));
  return { items, total: total?.n ?? 0, page, pageSize: PAGE_SIZE };
}
