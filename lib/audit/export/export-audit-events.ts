import "server-only";
import { auditEvents, type AuditEventRow } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import { actorOf } from "@/lib/action/define-action";
import type { Caller, RequestMeta } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import type { EventPosition } from "../event-cursor";
import { toRecord } from "../event-dto";
import { filterToParams, type AuditFilter } from "../event-filter";
import { beyond, filterConditions, pageOrder, whereAll } from "../event-query";
import { recordAlone } from "../record";
import { EXPORT_SHAPES, type ExportFormat } from "./format";

const BATCH = 250;

export type AuditExport = { filename: string; contentType: string; body: ReadableStream<Uint8Array> };

/**
 * The filtered log of the caller's tenant as CSV or JSON, newest first. The export is audited before the first byte
 * leaves; rows are then read in keyset batches only as fast as the consumer takes them, so memory stays flat at
 * any size.
 */
export async function exportAuditEvents(caller: Caller, filter: AuditFilter, format: ExportFormat, meta: RequestMeta): Promise<AuditExport> {
  if (!callerHas(caller, "audit:export")) throw refuse.forbidden();
  await recordAlone(getDb(), { tenantId: caller.tenantId, actor: actorOf(caller), ...meta }, {
    action: "audit.exported",
    details: { format, filter: filterToParams(filter) },
  });
  const shape = EXPORT_SHAPES[format];
  const encoder = new TextEncoder();
  const base = filterConditions(caller.tenantId, filter);
  let position: EventPosition | undefined;
  let first = true;
  let done = false;
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(shape.open));
      },
      async pull(controller) {
        if (done) return;
        const rows: AuditEventRow[] = await getDb()
          .select()
          .from(auditEvents)
          .where(whereAll(position ? [...base, beyond(position, "older")] : base))
          .orderBy(...pageOrder(filter, "older"))
          .limit(BATCH);
        let chunk = "";
        for (const row of rows) {
          chunk += shape.row(toRecord(row), first);
          first = false;
        }
        const last = rows.at(-1);
        if (last) position = { at: last.occurredAt, id: last.id };
        if (rows.length < BATCH) {
          done = true;
          controller.enqueue(encoder.encode(chunk + shape.close));
          controller.close();
        } else {
          controller.enqueue(encoder.encode(chunk));
        }
      },
    },
    { highWaterMark: 1 },
  );
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  return { filename: `audit-events-${stamp}.${format}`, contentType: shape.contentType, body };
}
