import "server-only";
import { and, asc, eq, gt, lte } from "drizzle-orm";
import { auditChainHeads, auditEvents } from "@/db/schema";
import type { Db } from "@/lib/db";
import { computeEventHash, DEPLOYMENT_CHAIN_ID, GENESIS_HASH } from "./hash-chain";
import { PURGE_ACTION, readPurgeAnchor } from "./retention/purge-anchor";

export type ChainVerdict =
  | { ok: true; chainId: string; events: number; anchorSeq: number }
  | { ok: false; chainId: string; events: number; brokenEventId: number; seq: number; reason: string };

const BATCH = 2_000;

/**
 * Walks one chain in order and reports the first event whose hash does not match its content, whose link to the
 * previous event is broken, or that is missing from the sequence. The first kept event must follow the chain's
 * anchor: seq 1 after the genesis hash, or — once retention purged a prefix — the seq and hash of the last purged
 * event, which the newest purge event in the chain must confirm. Reads in batches, so memory stays flat.
 */
export async function verifyChain(db: Db, tenantId: string | null): Promise<ChainVerdict> {
  const chainId = tenantId ?? DEPLOYMENT_CHAIN_ID;
  // Events appended while the walk runs lie past the head read here and are left for the next check.
  const [head] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.chainId, chainId));
  const headSeq = head?.seq ?? 0;
  if (!head) {
    const [orphan] = await db.select({ id: auditEvents.id, seq: auditEvents.seq }).from(auditEvents).where(eq(auditEvents.chainId, chainId)).limit(1);
    if (orphan) return { ok: false, chainId, events: 0, brokenEventId: orphan.id, seq: orphan.seq, reason: "the chain's head record is missing" };
  }
  const anchorSeq = head?.anchorSeq ?? 0;
  let expectedPrev = head?.anchorHash ?? GENESIS_HASH;
  let expectedSeq = anchorSeq + 1;
  let count = 0;
  let newestPurge: { id: number; seq: number; details: Record<string, unknown> } | undefined;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.chainId, chainId), gt(auditEvents.seq, expectedSeq - 1), lte(auditEvents.seq, headSeq)))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    for (const row of rows) {
      count++;
      const broken = (reason: string): ChainVerdict => ({ ok: false, chainId, events: count, brokenEventId: row.id, seq: row.seq, reason });
      if (row.seq !== expectedSeq) {
        return broken(count === 1 && anchorSeq === 0 ? `events before seq ${row.seq} are missing and no retention purge explains it` : `event seq ${expectedSeq} is missing`);
      }
      if (row.prevHash !== expectedPrev) {
        return broken(count === 1 ? (anchorSeq === 0 ? "first event does not start the chain" : "first kept event does not follow the retention anchor") : "link to the previous event is broken");
      }
      const { id: _id, hash, ...fields } = row;
      if (computeEventHash(fields) !== hash) return broken("content does not match its hash");
      if (row.action === PURGE_ACTION) newestPurge = { id: row.id, seq: row.seq, details: row.details };
      expectedPrev = hash;
      expectedSeq = row.seq + 1;
    }
    if (rows.length < BATCH) break;
  }
  const lastSeq = expectedSeq - 1;
  if (anchorSeq > 0) {
    const confirmed = newestPurge ? readPurgeAnchor(newestPurge.details) : undefined;
    if (!confirmed || confirmed.seq !== anchorSeq || confirmed.hash !== head!.anchorHash) {
      return { ok: false, chainId, events: count, brokenEventId: newestPurge?.id ?? -1, seq: newestPurge?.seq ?? anchorSeq, reason: "the retention anchor does not match the newest purge event" };
    }
  }
  if (head && (headSeq !== lastSeq || (count > 0 && head.hash !== expectedPrev))) {
    return { ok: false, chainId, events: count, brokenEventId: -1, seq: head.seq, reason: "events after the last stored one are missing" };
  }
  return { ok: true, chainId, events: count, anchorSeq };
}

/** Every chain in the deployment (each tenant's and the deployment-level one). */
export async function listChainIds(db: Db): Promise<string[]> {
  const rows = await db.select({ chainId: auditChainHeads.chainId }).from(auditChainHeads).orderBy(asc(auditChainHeads.chainId));
  return rows.map((r) => r.chainId);
}
