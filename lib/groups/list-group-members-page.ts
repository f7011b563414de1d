import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { groupMembers, users } from "@/db/schema";
import { parseInput } from "@/lib/action/parse-input";
import { decodeCursor, toPage, ZPageQuery, type Page } from "@/lib/api/pagination";
import type { Caller } from "@/lib/auth/caller";
import { getDb } from "@/lib/db";
import { findGroup } from "./find-group";
import type { GroupMemberDto } from "./group-dto";

const ZMemberCursor = z.tuple([z.string(), z.uuid()]);

/** A group's members by name for the API, keyset-paginated on (lower(name), id). */
export async function listGroupMembersPage(caller: Caller, groupId: string, query: unknown = {}): Promise<Page<GroupMemberDto>> {
  const group = await findGroup(caller, groupId);
  const { limit, cursor } = parseInput(ZPageQuery, query);
  const position = decodeCursor(cursor, ZMemberCursor);
  const sortName = sql<string>`lower(${users.name})`;
  const rows = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, username: users.username, sortName })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .where(
      and(
        eq(groupMembers.tenantId, caller.tenantId),
        eq(groupMembers.groupId, group.id),
        position ? sql`(${sortName}, ${users.id}) > (${position[0]}, ${position[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(sortName), asc(users.id))
    .limit(limit + 1);
  return toPage(rows, limit, ({ sortName: _sortName, ...member }) => member, (row) => [row.sortName, row.id]);
}
