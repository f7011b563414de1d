import "server-only";
import { and, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import type { EventPosition } from "./event-cursor";
import type { AuditFilter } from "./event-filter";

/** Words of a free-text search as a prefix query: "ali exam" finds "alice@example.com". Quoted, so any text is safe. */
export function toPrefixQuery(text: string): string | undefined {
  const words = text.split(/\s+/).filter(Boolean).slice(0, 8);
  if (!words.length) return undefined;
  return words.map((w) => `'${w.toLowerCase().replace(/\\/g, "\\\\").replace(/'/g, "''")}':*`).join(" & ");
}

/** The tenant and the filter as one WHERE; each filter field matches the leading columns of an index. */
export function filterConditions(tenantId: string, filter: AuditFilter): SQL[] {
  const conditions: SQL[] = [eq(auditEvents.tenantId, tenantId)];
  if (filter.category) conditions.push(eq(auditEvents.category, filter.category));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.actor) conditions.push(eq(auditEvents.actorLabel, filter.actor));
  if (filter.workspace) conditions.push(eq(auditEvents.workspaceId, filter.workspace));
  if (filter.from) conditions.push(gte(auditEvents.occurredAt, filter.from));
  if (filter.to) conditions.push(lte(auditEvents.occurredAt, filter.to));
  const text = textCondition(filter);
  if (text) conditions.push(text);
  return conditions;
}

/** The free-text condition on the stored search vector (migration 0009) of `table`, or undefined without words. */
export function textCondition(filter: AuditFilter, table: SQL = sql`"audit_events"`): SQL | undefined {
  const query = filter.q ? toPrefixQuery(filter.q) : undefined;
  return query ? sql`${table}."search_vector" @@ audit_search_query(${query})` : undefined;
}

/** Keyset condition: strictly older (or newer) than a position, compared as a row so the index range does the work. */
export function beyond(position: EventPosition, direction: "older" | "newer"): SQL {
  const at = sql`${position.at.toISOString()}::timestamptz`;
  return direction === "older"
    ? sql`(${auditEvents.occurredAt}, ${auditEvents.id}) < (${at}, ${position.id})`
    : sql`(${auditEvents.occurredAt}, ${auditEvents.id}) > (${at}, ${position.id})`;
}

// Spelled out to match the btree indexes exactly (drizzle builds them DESC NULLS LAST; a bare DESC means NULLS FIRST,
// and that mismatch alone turns an index range read into a sort of the whole tenant).
const BY_INDEX = {
  older: [sql`${auditEvents.occurredAt} desc nulls last`, sql`${auditEvents.id} desc nulls last`],
  newer: [sql`${auditEvents.occurredAt} asc nulls first`, sql`${auditEvents.id} asc nulls first`],
};
// With free text, the matches come from the GIN index and are sorted; an order the btree indexes could serve would
// tempt the planner to walk the whole tenant in time order, computing the text vector of every event (seconds).
const BY_SORT = {
  older: [sql`${auditEvents.occurredAt} desc nulls first`, sql`${auditEvents.id} desc nulls first`],
  newer: [sql`${auditEvents.occurredAt} asc nulls last`, sql`${auditEvents.id} asc nulls last`],
};

/** The page order, newest first ("older") or oldest first ("newer", reversed by the caller). */
export function pageOrder(filter: AuditFilter, direction: "older" | "newer"): SQL[] {
  return (filter.q && toPrefixQuery(filter.q) ? BY_SORT : BY_INDEX)[direction];
}

export function whereAll(conditions: SQL[]): SQL {
  return and(...conditions)!;
}
