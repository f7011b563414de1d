import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import { auditChainHeads, auditEvents } from "@/db/schema";
import type { Db } from "@/lib/db";
import { computeEventHash, DEPLOYMENT_CHAIN_ID, GENESIS_HASH } from "./hash-chain";

export type ChainVerdict =
  | { ok: true; chainId: string; events: number }
  | { ok: false; chainId: string; events: number; brokenEventId: number; seq: number; reason: string };

const BATCH = 2_000;

/**
 * Walks one chain in order and reports the first event whose hash does not match its content, whose link to the
 * previous event is broken, or that is missing from the sequence. Reads in batches, so memory stays flat.
 */
export async function verifyChain(db: Db, tenantId: string | null): Promise<ChainVerdict> {
  const chainId = tenantId ?? DEPLOYMENT_CHAIN_ID;
  let expectedPrev: string | undefined;
  let expectedSeq: number | undefined;
  let lastSeq = 0;
  let count = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.chainId, chainId), gt(auditEvents.seq, lastSeq)))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    for (const row of rows) {
      count++;
      // The oldest kept event anchors the chain (older ones may have been purged by retention).
      const broken = (reason: string): ChainVerdict => ({ ok: false, chainId, events: count, brokenEventId: row.id, seq: row.seq, reason });
      if (expectedSeq !== undefined && row.seq !== expectedSeq) return broken(`event seq ${expectedSeq} is missing`);
      if (expectedSeq === undefined && row.seq === 1 && row.prevHash !== GENESIS_HASH) return broken("first event does not start the chain");
      if (expectedPrev !== undefined && row.prevHash !== expectedPrev) return broken("link to the previous event is broken");
      const { id: _id, hash, ...fields } = row;
      if (computeEventHash(fields) !== hash) return broken("content does not match its hash");
      expectedPrev = hash;
      expectedSeq = row.seq + 1;
      lastSeq = row.seq;
    }
    if (rows.length < BATCH) break;
  }
  const [head] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.chainId, chainId));
  if (head && count > 0 && (head.seq !== lastSeq || head.hash !== expectedPrev)) {
    return { ok: false, chainId, events: count, brokenEventId: -1, seq: head.seq, reason: "events after the last stored one are missing" };
  }
  return { ok: true, chainId, events: count };
}
