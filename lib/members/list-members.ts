import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import { encodeCursor, ZPageQuery, type Page } from "@/lib/api/pagination";
import { toPrefixQuery } from "@/lib/audit/event-query";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import type { TenantRole } from "@/lib/authz/permissions";
import { getDb, rowsOf } from "@/lib/db";
import { withoutBlanks, ZMemberFilter } from "@/lib/validation/members";
import type { MemberDto } from "./member-dto";
import { memberGroupsOf } from "./member-groups";
import { memberOrder, type MemberOrder } from "./member-order";

export const ZMemberListQuery = ZMemberFilter.extend(ZPageQuery.shape);
export type MemberListQuery = z.input<typeof ZMemberListQuery>;

type MemberRow = {
  id: string;
  name: string;
  email: string;
  username: string;
  role: TenantRole;
  status: "active" | "inactive";
  last_sign_in_at: string | Date | null;
  created_at: string | Date;
  sort_value: string;
};

const iso = (value: string | Date) => new Date(value).toISOString();

/** Members and their users from `from` (aliased m), in the page order. */
async function selectMembers(from: SQL, conditions: SQL[], order: MemberOrder, limit: number): Promise<MemberRow[]> {
  return rowsOf<MemberRow>(
    await getDb().execute(sql`
      select u.id, u.name, u.email, u.username, m.role, m.status, u.last_sign_in_at, m.created_at, ${order.sortValue} as sort_value
      from ${from} join users u on u.id = m.user_id
      where ${sql.join(conditions, sql` and `)}
      order by ${order.orderBy}
      limit ${limit}`),
  );
}

/** How many memberships, in the page order, a search checks one by one before asking its indexes. */
const SEARCH_WINDOW = 3_000;

/**
 * A word many members share ("garcia") is found fastest by walking the tenant's sort order and testing each
 * membership's copied name and e-mail: a page fills within a few thousand rows. A rarer word would walk the whole
 * tenant that way, so when the window holds less than a page, the search starts from the ids its indexes find (word
 * prefixes of name and e-mail, or the start of the e-mail) and looks up only those memberships.
 */
async function searchMembers(tenantId: string, q: string, conditions: SQL[], order: MemberOrder, limit: number): Promise<MemberRow[]> {
  const words = toPrefixQuery(q) ?? "";
  const emailStart = `${q.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
  const matches = sql`(to_tsvector('simple'::regconfig, m.user_name || ' ' || m.user_email) @@ to_tsquery('simple'::regconfig, ${words}) or m.user_email like ${emailStart})`;
  const window = sql`(select * from memberships m where ${sql.join(conditions, sql` and `)} order by ${order.orderBy} limit ${SEARCH_WINDOW}) m`;
  const walked = await selectMembers(window, [matches], order, limit);
  if (walked.length >= limit) return walked;
  const hits = sql`(select s.id from users s where to_tsvector('simple'::regconfig, s.name || ' ' || s.email) @@ to_tsquery('simple'::regconfig, ${words})
             union select s.id from users s where s.email like ${emailStart}) hit
           join memberships m on m.tenant_id = ${tenantId} and m.user_id = hit.id`;
  return selectMembers(hits, conditions, order, limit);
}

/**
 * The people of the caller's tenant (service accounts are listed apart), filtered and sorted, one keyset page at a
 * time: the cursor holds the last row's sort key, so every page costs what the first costs (docs/decisions/0041).
 * Groups of the whole page come in one more query.
 */
export async function listMembers(caller: Caller, rawQuery: unknown = {}): Promise<Page<MemberDto>> {
  if (!callerHas(caller, "members:read")) throw refuse.forbidden();
  const query = parseInput(ZMemberListQuery, withoutBlanks((rawQuery ?? {}) as Record<string, unknown>));
  const order = memberOrder(query.sort, query.dir, query.cursor);
  const conditions: SQL[] = [sql`m.tenant_id = ${caller.tenantId}`, sql`not exists (select 1 from service_accounts sa where sa.user_id = m.user_id)`];
  if (query.status) conditions.push(sql`m.status = ${query.status}`);
  if (query.role) conditions.push(sql`m.role = ${query.role}`);
  if (query.group) conditions.push(sql`exists (select 1 from group_members gm where gm.group_id = ${query.group} and gm.user_id = m.user_id and gm.tenant_id = m.tenant_id)`);
  if (order.after) conditions.push(order.after);
  const rows = query.q ? await searchMembers(caller.tenantId, query.q, conditions, order, query.limit + 1) : await selectMembers(sql`memberships m`, conditions, order, query.limit + 1);
  const hasMore = rows.length > query.limit;
  const pageRows = hasMore ? rows.slice(0, query.limit) : rows;
  const groups = await memberGroupsOf(caller.tenantId, pageRows.map((r) => r.id));
  const last = pageRows.at(-1);
  return {
    data: pageRows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      username: r.username,
      role: r.role,
      status: r.status,
      groups: groups.get(r.id) ?? [],
      lastSignInAt: r.last_sign_in_at ? iso(r.last_sign_in_at) : null,
      memberSince: iso(r.created_at),
    })),
    nextCursor: hasMore && last ? encodeCursor([query.sort, last.sort_value, last.id]) : null,
  };
}
