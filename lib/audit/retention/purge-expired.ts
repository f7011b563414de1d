import "server-only";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import { auditChainHeads, auditEvents, tenantSettings } from "@/db/schema";
import type { Db, Tx } from "@/lib/db";
import { rowsOf } from "@/lib/db/rows-of";
import { DEPLOYMENT_CHAIN_ID } from "../hash-chain";
import { record } from "../record";
import { purgeAnchorDetails } from "./purge-anchor";

/** Deployment-level events (sign-in failures of unknown accounts) belong to no tenant and keep the default. */
export const DEPLOYMENT_RETENTION_DAYS = 30;
// With pg_try_advisory_xact_lock(PURGE_LOCK_ID, hashtext(chain)): one instance purges a given chain at a time.
const PURGE_LOCK_ID = 727_466_009;
const DAY_MS = 24 * 60 * 60 * 1000;

export type PurgeOutcome = { chainId: string; purged: number; throughSeq: number };

type Chain = { tenantId: string | null; retentionDays: number };

const ofChain = (tenantId: string | null) => (tenantId ? eq(auditEvents.tenantId, tenantId) : isNull(auditEvents.tenantId));

/**
 * The retention purge (SPEC §10), the one sanctioned delete: for each chain, deletes the prefix of events older
 * than its retention, moves the chain's anchor to the last purged event and records the purge (a count, never the
 * events) as the chain's next event. Safe to run from several instances at once.
 */
export async function purgeExpiredEvents(db: Db, now = new Date()): Promise<PurgeOutcome[]> {
  const tenants = await db.select({ tenantId: tenantSettings.tenantId, retentionDays: tenantSettings.auditRetentionDays }).from(tenantSettings);
  const chains: Chain[] = [...tenants, { tenantId: null, retentionDays: DEPLOYMENT_RETENTION_DAYS }];
  const outcomes: PurgeOutcome[] = [];
  for (const chain of chains) {
    const cutoff = new Date(now.getTime() - chain.retentionDays * DAY_MS);
    const [expired] = await db.select({ id: auditEvents.id }).from(auditEvents).where(and(ofChain(chain.tenantId), lt(auditEvents.occurredAt, cutoff))).limit(1);
    if (!expired) continue;
    const outcome = await db.transaction((tx) => purgeChain(tx, chain, cutoff));
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}

async function purgeChain(tx: Tx, chain: Chain, cutoff: Date): Promise<PurgeOutcome | undefined> {
  const chainId = chain.tenantId ?? DEPLOYMENT_CHAIN_ID;
  const [lock] = rowsOf<{ locked: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(${PURGE_LOCK_ID}, hashtext(${chainId})) as locked`));
  if (!lock?.locked) return undefined;
  // Delete a prefix by seq (not every row by time), so the kept chain stays contiguous even if clocks disagreed.
  const [cut] = await tx
    .select({ seq: sql<number | null>`max(${auditEvents.seq})`.mapWith(Number) })
    .from(auditEvents)
    .where(and(ofChain(chain.tenantId), lt(auditEvents.occurredAt, cutoff)));
  if (!cut?.seq) return undefined;
  const [anchor] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(and(eq(auditEvents.chainId, chainId), eq(auditEvents.seq, cut.seq)));
  const [undelivered] = rowsOf<{ n: number }>(await tx.execute(sql`
    select count(*)::int as n from audit_outbox o join audit_events e on e.id = o.event_id
    where e.chain_id = ${chainId} and e.seq <= ${cut.seq}`));
  await tx.execute(sql`select set_config('gatehouse.audit_purge', 'on', true)`);
  const [deleted] = rowsOf<{ n: number }>(await tx.execute(sql`
    with gone as (delete from audit_events where chain_id = ${chainId} and seq <= ${cut.seq} returning 1)
    select count(*)::int as n from gone`));
  await tx.execute(sql`select set_config('gatehouse.audit_purge', 'off', true)`);
  await tx.update(auditChainHeads).set({ anchorSeq: anchor!.seq, anchorHash: anchor!.hash }).where(eq(auditChainHeads.chainId, chainId));
  await record(tx, { tenantId: chain.tenantId, actor: { type: "system", label: "retention job" }, ip: null, userAgent: null }, {
    action: "audit.retention.purged",
    details: {
      purgedEvents: deleted?.n ?? 0,
      olderThan: cutoff.toISOString(),
      retentionDays: chain.retentionDays,
      undeliveredToSiem: undelivered?.n ?? 0,
      ...purgeAnchorDetails(anchor!),
    },
  });
  return { chainId, purged: deleted?.n ?? 0, throughSeq: anchor!.seq };
}

