import "server-only";
import { z } from "zod";
import { getAuditEvent } from "@/lib/audit/list-audit-events";
import { exportAuditEventsForApi, listAuditEventsPage, ZAuditEventDetail, ZAuditEventItem, ZAuditEventsQuery, ZAuditExportQuery } from "@/lib/audit/list-audit-events-page";
import { verifyTenantChain } from "@/lib/audit/verify-tenant-chain";
import { defineRoute } from "../define-route";
import { ZPage } from "../pagination";

const tag = "Audit events";

export const auditEventList = defineRoute({
  method: "GET",
  path: "/audit-events",
  tag,
  summary: "Read the tenant's audit log",
  description: "Newest first, with the audit viewer's filters. `from` and `to` are ISO 8601 instants (without a zone: UTC).",
  auth: "api_key",
  permission: "audit:read",
  query: ZAuditEventsQuery,
  response: ZPage(ZAuditEventItem),
  handle: ({ caller, query }) => listAuditEventsPage(caller, query),
});

export const auditEventDetail = defineRoute({
  method: "GET",
  path: "/audit-events/{id}",
  tag,
  summary: "Read one audit event with its details",
  auth: "api_key",
  permission: "audit:read",
  params: z.object({ id: z.string().regex(/^[1-9]\d{0,14}$/).transform(Number).meta({ description: "The event's id (a positive integer)." }) }),
  response: ZAuditEventDetail,
  handle: ({ caller, params }) => getAuditEvent(caller, params.id),
});

export const auditChainCheck = defineRoute({
  method: "GET",
  path: "/audit-events/verify",
  tag,
  summary: "Check the audit log for tampering",
  description: "Recomputes the tenant's hash chain; `ok: false` names the first event that does not match.",
  auth: "api_key",
  permission: "audit:read",
  response: z.object({
    ok: z.boolean(),
    events: z.number().int().meta({ description: "How many events were verified." }),
    message: z.string(),
    brokenEventId: z.number().int().nullable(),
  }),
  handle: ({ caller }) => verifyTenantChain(caller),
});

export const auditEventExport = defineRoute({
  method: "GET",
  path: "/audit-events/export",
  tag,
  summary: "Export the tenant's audit log",
  description:
    "The filtered log (the list's filters) as one CSV or JSON file, newest first, streamed at any size. The export is itself an audit event.",
  auth: "api_key",
  permission: "audit:export",
  query: ZAuditExportQuery,
  response: { download: ["text/csv", "application/json"] },
  handle: ({ caller, query, meta }) => exportAuditEventsForApi(caller, query, meta),
});
