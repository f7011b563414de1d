import { getCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { parseAuditFilter } from "@/lib/audit/event-filter";
import { exportAuditEvents } from "@/lib/audit/export/export-audit-events";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/audit/export/format";
import { downloadResponse } from "@/lib/http/download-response";
import { requestMetaFrom } from "@/lib/request/meta";

/** GET /settings/audit-logs/export?format=csv|json&<filter>: the session's own check, then a streamed download. */
export async function GET(request: Request): Promise<Response> {
  const caller = await getCaller();
  // Not found rather than forbidden: the page does not exist for anyone who may not export.
  if (!caller || !callerHas(caller, "audit:export")) return new Response("Not found", { status: 404 });
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "csv";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return Response.json({ error: "format must be csv or json" }, { status: 400 });
  const { filter, errors } = parseAuditFilter(params);
  if (Object.keys(errors).length) return Response.json({ error: "invalid filter", fieldErrors: errors }, { status: 400 });
  const exported = await exportAuditEvents(caller, filter, format as ExportFormat, requestMetaFrom(request.headers));
  return downloadResponse(exported);
}
