import "server-only";
import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { auditEvents, auditOutbox, auditStreamDestinations, type AuditStreamDestinationRow } from "@/db/schema";
import type { Db } from "@/lib/db";
import { rowsOf } from "@/lib/db/rows-of";
import { toRecord } from "../event-dto";
import { DEFAULT_SEND_TIMEOUT_MS, sendToDestination } from "./send-to-destination";

export type DeliveryOptions = {
  batchSize: number;
  /** How long a claimed row stays invisible to other workers; must exceed the send timeout. */
  leaseMs: number;
  timeoutMs: number;
  /** Back-off after the n-th consecutive failure: min(baseMs · 2^(n-1), maxMs). */
  backoffBaseMs: number;
  backoffMaxMs: number;
};

export const DEFAULT_DELIVERY: DeliveryOptions = {
  batchSize: 200,
  leaseMs: DEFAULT_SEND_TIMEOUT_MS * 3,
  timeoutMs: DEFAULT_SEND_TIMEOUT_MS,
  backoffBaseMs: 1_000,
  backoffMaxMs: 5 * 60_000,
};

export type DeliveryRound = { delivered: number; failed: number };

/**
 * One round of the outbox worker: for each enabled destination that is not backing off, lease a batch of its rows
 * (FOR UPDATE SKIP LOCKED, so instances never share a row), send them in one request, then delete them on success
 * or release them and back the destination off on failure. Sending happens outside any transaction: a slow SIEM
 * holds no lock and no connection that a user's request could wait for.
 */
export async function deliverOutboxOnce(db: Db, options: DeliveryOptions = DEFAULT_DELIVERY): Promise<DeliveryRound> {
  const due = await db
    .select()
    .from(auditStreamDestinations)
    .where(and(eq(auditStreamDestinations.enabled, true), or(isNull(auditStreamDestinations.pausedUntil), lte(auditStreamDestinations.pausedUntil, sql`now()`))));
  const rounds = await Promise.all(due.map((destination) => deliverBatch(db, destination, options)));
  return rounds.reduce((sum, r) => ({ delivered: sum.delivered + r.delivered, failed: sum.failed + r.failed }), { delivered: 0, failed: 0 });
}

async function deliverBatch(db: Db, destination: AuditStreamDestinationRow, options: DeliveryOptions): Promise<DeliveryRound> {
  const claimed = rowsOf<{ id: string | number; event_id: string | number }>(
    await db.execute(sql`
      update audit_outbox set leased_until = now() + ${`${options.leaseMs} milliseconds`}::interval, attempts = attempts + 1
      where id in (
        select id from audit_outbox
        where destination_id = ${destination.id} and (leased_until is null or leased_until < now())
        order by id limit ${options.batchSize}
        for update skip locked)
      returning id, event_id`),
  );
  if (!claimed.length) return { delivered: 0, failed: 0 };
  const outboxIds = claimed.map((r) => Number(r.id));
  const events = await db.select().from(auditEvents).where(inArray(auditEvents.id, claimed.map((r) => Number(r.event_id)))).orderBy(asc(auditEvents.id));
  const outcome = await sendToDestination(destination, events.map(toRecord), options.timeoutMs);
  if (outcome.ok) {
    await db.transaction(async (tx) => {
      await tx.delete(auditOutbox).where(inArray(auditOutbox.id, outboxIds));
      await tx
        .update(auditStreamDestinations)
        .set({ lastSuccessAt: sql`now()`, consecutiveFailures: 0, pausedUntil: null })
        .where(eq(auditStreamDestinations.id, destination.id));
    });
    return { delivered: outboxIds.length, failed: 0 };
  }
  await db.transaction(async (tx) => {
    await tx.update(auditOutbox).set({ leasedUntil: null }).where(inArray(auditOutbox.id, outboxIds));
    await tx
      .update(auditStreamDestinations)
      .set({
        lastErrorAt: sql`now()`,
        lastError: outcome.error,
        consecutiveFailures: sql`${auditStreamDestinations.consecutiveFailures} + 1`,
        pausedUntil: sql`now() + (least(${options.backoffBaseMs} * power(2, ${auditStreamDestinations.consecutiveFailures}), ${options.backoffMaxMs}) || ' milliseconds')::interval`,
      })
      .where(eq(auditStreamDestinations.id, destination.id));
  });
  return { delivered: 0, failed: outboxIds.length };
}

/**
 * The worker loop: rounds back to back while there is work, else one round per `pollMs`. `stop()` resolves once the
 * round in flight has finished (its rows are then either acknowledged or released for the next instance).
 */
export function startOutboxWorker(db: Db, options: DeliveryOptions & { pollMs: number } = { ...DEFAULT_DELIVERY, pollMs: 1_000 }) {
  let running = true;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (running) {
      let round: DeliveryRound = { delivered: 0, failed: 0 };
      try {
        round = await deliverOutboxOnce(db, options);
      } catch (error) {
        console.error("[audit-stream] delivery round failed:", error instanceof Error ? error.message : error);
      }
      if (round.delivered === 0 && running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, options.pollMs);
          timer.unref?.();
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  })();
  return {
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}
