import "server-only";
import { z } from "zod";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import { INVALID_CURSOR, ZPageQuery, type Page } from "@/lib/api/pagination";
import type { Caller, RequestMeta } from "@/lib/auth/caller";
import { exportAuditEvents, type AuditExport } from "./export/export-audit-events";
import { EXPORT_FORMATS } from "./export/format";
import { decodeCursor } from "./event-cursor";
import type { AuditEventListItem } from "./event-dto";
import { AUDIT_FILTER_FIELDS, ZAuditFilter, type AuditFilter } from "./event-filter";
import { listAuditEvents } from "./list-audit-events";

/** The API's query: the viewer's filter fields (documented one by one) and the page. */
export const ZAuditEventsQuery = ZPageQuery.extend(ZAuditFilter.shape);
export const ZAuditExportQuery = ZAuditFilter.extend({ format: z.enum(EXPORT_FORMATS, "format must be csv or json.").default("csv") });

/** The filter fields of an API query string; a field that does not validate is a 422 naming it. */
function filterOf(given: Record<string, unknown>): AuditFilter {
  return parseInput(ZAuditFilter, Object.fromEntries(AUDIT_FILTER_FIELDS.map((key) => [key, given[key]])));
}

const givenFields = (query: Record<string, unknown>) => Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ""));

/**
 * The log for the API, newest first, with the viewer's filter: the viewer's keyset query, its "older" cursor served
 * as `nextCursor`. Unlike the viewer, a field that does not validate is a 422 naming it, not silently left out.
 */
export async function listAuditEventsPage(caller: Caller, query: Record<string, unknown>): Promise<Page<AuditEventListItem>> {
  const given = givenFields(query);
  const { limit, cursor } = parseInput(ZPageQuery, given);
  const filter = filterOf(given);
  const position = cursor === undefined ? undefined : decodeCursor(cursor);
  if (cursor !== undefined && position?.direction !== "older") throw refuse.invalid({ cursor: [INVALID_CURSOR] });
  const page = await listAuditEvents(caller, filter, position, limit);
  return { data: page.events, nextCursor: page.olderCursor };
}

/** The filtered log as a CSV or JSON file for the API, streamed like the console's export (and audited likewise). */
export async function exportAuditEventsForApi(caller: Caller, query: Record<string, unknown>, meta: RequestMeta): Promise<AuditExport> {
  const given = givenFields(query);
  const { format } = parseInput(z.object({ format: ZAuditExportQuery.shape.format }), { format: given.format });
  return exportAuditEvents(caller, filterOf(given), format, meta);
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
