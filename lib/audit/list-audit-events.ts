import "server-only";
import { and, eq } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { encodeCursor, type PageCursor } from "./event-cursor";
import { toDetail, toListItem, type AuditEventDetail, type AuditEventListItem } from "./event-dto";
import type { AuditFilter } from "./event-filter";
import { beyond, filterConditions, pageOrder, whereAll } from "./event-query";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEventPage = { events: AuditEventListItem[]; newerCursor: string | null; olderCursor: string | null };

/**
 * One page of the caller's tenant's log, newest first. Keyset pagination: the cursor is the (time, id) of the
 * page's edge, so a page deep in the log reads the same few index entries as the first one.
 */
export async function listAuditEvents(caller: Caller, filter: AuditFilter, cursor?: PageCursor, limit = AUDIT_PAGE_SIZE): Promise<AuditEventPage> {
  if (!callerHas(caller, "audit:read")) throw refuse.forbidden();
  const conditions = filterConditions(caller.tenantId, filter);
  const direction = cursor?.direction ?? "older";
  if (cursor) conditions.push(beyond(cursor.position, direction));
  const rows = await getDb()
    .select()
    .from(auditEvents)
    .where(whereAll(conditions))
    .orderBy(...pageOrder(filter, direction))
    .limit(limit + 1);
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

/** One event of the caller's tenant with its before/after details; another tenant's id reads as not found. */
export async function getAuditEvent(caller: Caller, id: number): Promise<AuditEventDetail> {
  if (!callerHas(caller, "audit:read")) throw refuse.forbidden();
  const [row] = Number.isSafeInteger(id)
    ? await getDb().select().from(auditEvents).where(and(eq(auditEvents.id, id), eq(auditEvents.tenantId, caller.tenantId)))
    : [];
  if (!row) throw refuse.notFound("The audit event");
  return toDetail(row, caller.displayFormat);
}
