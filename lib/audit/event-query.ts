import "server-only";
import { and, asc, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { AUDIT_SEARCH_VECTOR, auditEvents } from "@/db/schema";
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
  const query = filter.q ? toPrefixQuery(filter.q) : undefined;
  if (query) conditions.push(sql`${AUDIT_SEARCH_VECTOR} @@ to_tsquery('simple'::regconfig, ${query})`);
  return conditions;
}

/** Keyset condition: strictly older (or newer) than a position, compared as a row so the index range does the work. */
export function beyond(position: EventPosition, direction: "older" | "newer"): SQL {
  const at = sql`${position.at.toISOString()}::timestamptz`;
  return direction === "older"
    ? sql`(${auditEvents.occurredAt}, ${auditEvents.id}) < (${at}, ${position.id})`
    : sql`(${auditEvents.occurredAt}, ${auditEvents.id}) > (${at}, ${position.id})`;
}

export const NEWEST_FIRST = [desc(auditEvents.occurredAt), desc(auditEvents.id)];
export const OLDEST_FIRST = [asc(auditEvents.occurredAt), asc(auditEvents.id)];

export function whereAll(conditions: SQL[]): SQL {
  return and(...conditions)!;
}
