import "server-only";
import { eq } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/format/date-time";
import { verifyChain } from "./verify-chain";

export type ChainCheckDto = { ok: boolean; events: number; message: string; brokenEventId: number | null };

/** The tamper check of the caller's tenant, worded for the Admin (button) and the endpoint alike. */
export async function verifyTenantChain(caller: Caller): Promise<ChainCheckDto> {
  if (!callerHas(caller, "audit:read")) throw refuse.forbidden();
  const verdict = await verifyChain(getDb(), caller.tenantId);
  if (verdict.ok) {
    const anchored = verdict.anchorSeq ? ` (older events were purged by retention; the chain is anchored after event #${verdict.anchorSeq})` : "";
    return { ok: true, events: verdict.events, brokenEventId: null, message: `The audit chain is intact: ${verdict.events.toLocaleString("en-US")} events verified${anchored}.` };
  }
  const [event] = verdict.brokenEventId > 0 ? await getDb().select({ at: auditEvents.occurredAt }).from(auditEvents).where(eq(auditEvents.id, verdict.brokenEventId)) : [];
  const where = event ? `event #${verdict.seq} of ${formatDateTime(event.at, caller.displayFormat)}` : `event #${verdict.seq}`;
  return {
    ok: false,
    events: verdict.events,
    brokenEventId: verdict.brokenEventId > 0 ? verdict.brokenEventId : null,
    message: `The audit chain is broken at ${where}: ${verdict.reason}.`,
  };
}
