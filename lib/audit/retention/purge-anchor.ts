/** The purge event is the chained, tamper-evident record of where the kept chain now starts. */
export const PURGE_ACTION = "audit.retention.purged";

export type PurgeAnchor = { seq: number; hash: string };

/** Kept in the purge event's details under names the secret redaction leaves alone ("hash" would be redacted). */
export function purgeAnchorDetails(anchor: PurgeAnchor): { throughSeq: number; lastPurgedDigest: string } {
  return { throughSeq: anchor.seq, lastPurgedDigest: anchor.hash };
}

export function readPurgeAnchor(details: Record<string, unknown>): PurgeAnchor | undefined {
  const { throughSeq, lastPurgedDigest } = details;
  return typeof throughSeq === "number" && typeof lastPurgedDigest === "string" ? { seq: throughSeq, hash: lastPurgedDigest } : undefined;
}
