import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { auditOutbox, auditStreamDestinations } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/format/date-time";
import type { StreamKind } from "./payload";

/** A destination and its delivery status; the credential never leaves the server. */
export type StreamDestinationDto = {
  id: string;
  kind: StreamKind;
  name: string;
  url: string;
  indexName: string | null;
  enabled: boolean;
  lastSuccessText: string | null;
  lastErrorText: string | null;
  lastError: string | null;
  pausedUntilText: string | null;
  backlog: number;
};

export async function listStreamDestinations(caller: Caller): Promise<StreamDestinationDto[]> {
  if (!callerHas(caller, "audit:configure")) throw refuse.forbidden();
  const db = getDb();
  const rows = await db.select().from(auditStreamDestinations).where(eq(auditStreamDestinations.tenantId, caller.tenantId)).orderBy(asc(auditStreamDestinations.createdAt));
  const ids = rows.map((r) => r.id);
  const backlogs = ids.length
    ? await db.select({ id: auditOutbox.destinationId, n: sql<number>`count(*)::int` }).from(auditOutbox).where(inArray(auditOutbox.destinationId, ids)).groupBy(auditOutbox.destinationId)
    : [];
  const when = (d: Date | null) => (d ? formatDateTime(d, caller.displayFormat) : null);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    url: r.url,
    indexName: r.indexName,
    enabled: r.enabled,
    lastSuccessText: when(r.lastSuccessAt),
    lastErrorText: when(r.lastErrorAt),
    lastError: r.lastError,
    pausedUntilText: r.pausedUntil && r.pausedUntil > new Date() ? when(r.pausedUntil) : null,
    backlog: backlogs.find((b) => b.id === r.id)?.n ?? 0,
  }));
}
