import "server-only";
import { and, asc, desc, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import { auditEvents, type AuditEventRow } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { encodeCursor, type PageCursor } from "./event-cursor";
import { toDetail, toListItem, type AuditEventDetail, type AuditEventListItem } from "./event-dto";
import type { AuditFilter } from "./event-filter";
import { beyond, filterConditions, pageOrder, textCondition, whereAll } from "./event-query";

export const AUDIT_PAGE_SIZE = 50;
/** How many of the newest events (after the other filters) a free-text search checks before asking the GIN index. */
const RECENT_WINDOW = 4_000;

export type AuditEventPage = { events: AuditEventListItem[]; newerCursor: string | null; olderCursor: string | null };

/**
 * One page of the caller's tenant's log, newest first. Keyset pagination: the cursor is the (time, id) of the
 * page's edge, so a page deep in the log reads the same few index entries as the first one.
 */
export async function listAuditEvents(caller: Caller, filter: AuditFilter, cursor?: PageCursor, limit = AUDIT_PAGE_SIZE): Promise<AuditEventPage> {
  if (!callerHas(caller, "audit:read")) throw refuse.forbidden();
  const direction = cursor?.direction ?? "older";
  const rows = await readPage(caller.tenantId, filter, direction, cursor, limit + 1);
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  if (direction === "newer") page.reverse();
  const edge = (i: number, dir: PageCursor["direction"]) => {
    const row = page[i];
    return row ? encodeCursor({ direction: dir, position: { at: row.occurredAt, id: row.id } }) : null;
  };
  const moreOlder = direction === "older" ? hasMore : true;
  const moreNewer = direction === "newer" ? hasMore : cursor !== undefined;
  return {
    events: page.map((row) => toListItem(row, caller.displayFormat)),
    newerCursor: moreNewer ? edge(0, "newer") : null,
    olderCursor: moreOlder ? edge(page.length - 1, "older") : null,
  };
}

async function readPage(tenantId: string, filter: AuditFilter, direction: PageCursor["direction"], cursor: PageCursor | undefined, limit: number): Promise<AuditEventRow[]> {
  const conditions = filterConditions(tenantId, { ...filter, q: undefined });
  if (cursor) conditions.push(beyond(cursor.position, direction));
  if (!textCondition(filter)) return selectPage([...conditions], filter, direction, limit);
  const recent = await recentMatches(conditions, filter, direction, limit);
  if (recent.length >= limit) return recent;
  return selectPage([...conditions, textCondition(filter)!], filter, direction, limit);
}

function selectPage(conditions: SQL[], filter: AuditFilter, direction: PageCursor["direction"], limit: number): Promise<AuditEventRow[]> {
  return getDb().select().from(auditEvents).where(whereAll(conditions)).orderBy(...pageOrder(filter, direction)).limit(limit);
}

/**
 * Free text that many events match ("user7@…") is found fastest by walking the newest events in index order and
 * checking their stored vectors; the GIN index is for rare words, whose matches it returns unordered (so they are
 * sorted, which costs as many heap reads as there are matches). A full page among the newest RECENT_WINDOW events
 * settles it; otherwise the caller asks the index.
 */
async function recentMatches(conditions: SQL[], filter: AuditFilter, direction: PageCursor["direction"], limit: number): Promise<AuditEventRow[]> {
  const window = getDb()
    .select({ ...getTableColumns(auditEvents), searchVector: sql`"audit_events"."search_vector"`.as("search_vector") })
    .from(auditEvents)
    .where(whereAll(conditions))
    .orderBy(...pageOrder({}, direction))
    .limit(RECENT_WINDOW)
    .as("recent");
  const order = direction === "older" ? desc : asc;
  const rows = await getDb()
    .select()
    .from(window)
    .where(textCondition(filter, sql`"recent"`))
    .orderBy(order(window.occurredAt), order(window.id))
    .limit(limit);
  return rows.map(({ searchVector: _vector, ...row }) => row);
}

/** One event of the caller's tenant with its before/after details; another tenant's id reads as not found. */
export async function getAuditEvent(caller: Caller, id: number): Promise<AuditEventDetail> {
  if (!callerHas(caller, "audit:read")) throw refuse.forbidden();
  const [row] = Number.isSafeInteger(id)
    ? await getDb().select().from(auditEvents).where(and(eq(auditEvents.id, id), eq(auditEvents.tenantId, caller.tenantId)))
    : [];
  if (!row) throw refuse.notFound("The audit event");
  return toDetail(row, caller.displayFormat);
}
