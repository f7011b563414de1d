import "server-only";
import { z } from "zod";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import { INVALID_CURSOR, ZPageQuery, type Page } from "@/lib/api/pagination";
import type { Caller } from "@/lib/auth/caller";
import { decodeCursor } from "./event-cursor";
import type { AuditEventListItem } from "./event-dto";
import { AUDIT_FILTER_FIELDS, ZAuditFilter } from "./event-filter";
import { listAuditEvents } from "./list-audit-events";

/** The API's query: the viewer's filter fields (documented one by one) and the page. */
export const ZAuditEventsQuery = ZPageQuery.extend(ZAuditFilter.shape);

/**
 * The log for the API, newest first, with the viewer's filter: the viewer's keyset query, its "older" cursor served
 * as `nextCursor`. Unlike the viewer, a field that does not validate is a 422 naming it, not silently left out.
 */
export async function listAuditEventsPage(caller: Caller, query: Record<string, unknown>): Promise<Page<AuditEventListItem>> {
  const given = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ""));
  const { limit, cursor } = parseInput(ZPageQuery, given);
  const filter = parseInput(ZAuditFilter, Object.fromEntries(AUDIT_FILTER_FIELDS.map((key) => [key, given[key]])));
  const position = cursor === undefined ? undefined : decodeCursor(cursor);
  if (cursor !== undefined && position?.direction !== "older") throw refuse.invalid({ cursor: [INVALID_CURSOR] });
  const page = await listAuditEvents(caller, filter, position, limit);
  return { data: page.events, nextCursor: page.olderCursor };
}

export const ZAuditEventItem = z.object({
  id: z.number().int(),
  occurredAt: z.iso.datetime(),
  category: z.string().meta({ description: "The category's label, e.g. “Members”." }),
  action: z.string().meta({ description: "e.g. `group.created`; every action is listed in the audit catalogue." }),
  sentence: z.string().meta({ description: "What happened, in words." }),
  actor: z.object({ type: z.string().meta({ description: "`user`, `api_key`, `service_account`, `system` or `anonymous`." }), label: z.string().nullable() }),
  target: z.string().nullable(),
  workspaceId: z.uuid().nullable(),
  ip: z.string().nullable(),
});

export const ZAuditEventDetail = ZAuditEventItem.extend({
  details: z.record(z.string(), z.unknown()).meta({ description: "What changed (before/after where it applies); never a secret." }),
  userAgent: z.string().nullable(),
  seq: z.number().int().meta({ description: "Position in the tenant's hash chain." }),
  hash: z.string(),
});
