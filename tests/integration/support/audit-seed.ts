import { eq, sql } from "drizzle-orm";
import { auditChainHeads, auditEvents } from "@/db/schema";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/catalogue";
import { computeEventHash, GENESIS_HASH, type ChainedFields } from "@/lib/audit/hash-chain";
import { getDb } from "@/lib/db";

type Backdated = { at: Date; action?: AuditAction; actorLabel?: string; targetLabel?: string; workspaceId?: string; details?: Record<string, unknown> };

/**
 * Appends correctly chained events with chosen times (record() always stamps "now"): old events for retention,
 * spread-out times for the viewer. Same locking as record(), so it may interleave with real appends.
 */
export async function appendChained(tenantId: string, events: Backdated[]): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx.insert(auditChainHeads).values({ chainId: tenantId, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
    const [head] = await tx.select().from(auditChainHeads).where(eq(auditChainHeads.chainId, tenantId)).for("update");
    let { seq, hash } = head!;
    for (const e of events) {
      const action = e.action ?? "settings.general.updated";
      const fields: ChainedFields = {
        chainId: tenantId,
        seq: seq + 1,
        tenantId,
        occurredAt: e.at,
        category: AUDIT_ACTIONS[action].category,
        action,
        actorType: "user",
        actorId: null,
        actorLabel: e.actorLabel ?? "seed@example.test",
        targetType: e.targetLabel ? "user" : null,
        targetId: null,
        targetLabel: e.targetLabel ?? null,
        workspaceId: e.workspaceId ?? null,
        details: e.details ?? {},
        ip: "198.51.100.1",
        userAgent: "seed",
        prevHash: hash,
      };
      hash = computeEventHash(fields);
      seq = fields.seq;
      await tx.insert(auditEvents).values({ ...fields, category: AUDIT_ACTIONS[action].category, actorType: "user", hash });
    }
    await tx.update(auditChainHeads).set({ seq, hash }).where(eq(auditChainHeads.chainId, tenantId));
  });
}

export const daysAgo = (days: number, now = Date.now()) => new Date(now - days * 24 * 60 * 60 * 1000);

/** Edits rows behind the append-only trigger's back, as a database superuser could. */
export async function tamper(run: (tx: Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0]) => Promise<unknown>) {
  await getDb().transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await run(tx);
  });
}
