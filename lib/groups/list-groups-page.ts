import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { groups } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import { decodeCursor, toPage, ZPageQuery, type Page } from "@/lib/api/pagination";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { GROUP_COLUMNS } from "./group-columns";
import type { GroupDto } from "./group-dto";

const ZGroupCursor = z.tuple([z.string(), z.uuid()]);

/** The tenant's groups by name for the API, keyset-paginated on (lower(name), id); the page keeps its numbered list. */
export async function listGroupsPage(caller: Caller, query: unknown = {}): Promise<Page<GroupDto>> {
  if (!callerHas(caller, "groups:read")) throw refuse.forbidden();
  const { limit, cursor } = parseInput(ZPageQuery, query);
  const position = decodeCursor(cursor, ZGroupCursor);
  const sortName = sql<string>`lower(${groups.name})`;
  const rows = await getDb()
    .select({ ...GROUP_COLUMNS, sortName })
    .from(groups)
    .where(and(eq(groups.tenantId, caller.tenantId), position ? sql`(${sortName}, ${groups.id}) > (${position[0]}, ${position[1]}::uuid)` : undefined))
    .orderBy(asc(sortName), asc(groups.id))
    .limit(limit + 1);
  return toPage(rows, limit, ({ sortName: _sortName, ...group }) => group, (row) => [row.sortName, row.id]);
}
