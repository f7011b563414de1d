import "server-only";
import { eq, sql } from "drizzle-orm";
import { auditChainHeads, auditEvents } from "@/db/schema";
import type { Db, Tx } from "@/lib/db";
import { AUDIT_ACTIONS, type AuditAction } from "./catalogue";
import { computeEventHash, DEPLOYMENT_CHAIN_ID, GENESIS_HASH, type ChainedFields } from "./hash-chain";
import { redactSecrets } from "./redact";

export type AuditActor = {
  type: "user" | "service_account" | "api_key" | "system" | "anonymous";
  id?: string;
  /** E-mail or name, so the log stays readable after the actor is gone. */
  label?: string;
};

export type AuditContext = {
  tenantId: string | null;
  actor: AuditActor;
  ip: string | null;
  userAgent: string | null;
};

export type AuditEntry = {
  action: AuditAction;
  target?: { type: string; id?: string; label?: string };
  workspaceId?: string;
  /** Before/after of what changed. Never a secret: secret-sounding keys are redacted regardless. */
  details?: Record<string, unknown>;
};

/**
 * Appends one event to its tenant's hash chain, inside the caller's transaction: the event commits or rolls back
 * with the change it describes. The chain head row is locked until commit, so concurrent appends queue per tenant.
 * When the tenant streams to a SIEM, the outbox rows are written in the same transaction (no event is lost).
 */
export async function record(tx: Tx, context: AuditContext, entry: AuditEntry): Promise<void> {
  const chainId = context.tenantId ?? DEPLOYMENT_CHAIN_ID;
  await tx
    .insert(auditChainHeads)
    .values({ chainId, seq: 0, hash: GENESIS_HASH })
    .onConflictDoNothing({ target: auditChainHeads.chainId });
  const [head] = await tx
    .select({ seq: auditChainHeads.seq, hash: auditChainHeads.hash })
    .from(auditChainHeads)
    .where(eq(auditChainHeads.chainId, chainId))
    .for("update");
  if (!head) throw new Error("audit chain head missing after upsert");

  const fields: ChainedFields = {
    chainId,
    seq: head.seq + 1,
    tenantId: context.tenantId,
    occurredAt: new Date(),
    category: AUDIT_ACTIONS[entry.action].category,
    action: entry.action,
    actorType: context.actor.type,
    actorId: context.actor.id ?? null,
    actorLabel: context.actor.label ?? null,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    targetLabel: entry.target?.label ?? null,
    workspaceId: entry.workspaceId ?? null,
    details: redactSecrets(entry.details ?? {}) as Record<string, unknown>,
    ip: context.ip,
    userAgent: context.userAgent,
    prevHash: head.hash,
  };
  const hash = computeEventHash(fields);
  const [event] = await tx
    .insert(auditEvents)
    .values({ ...fields, category: AUDIT_ACTIONS[entry.action].category, actorType: context.actor.type, hash })
    .returning({ id: auditEvents.id });
  if (context.tenantId) await enqueueForStreaming(tx, context.tenantId, event!.id);
  await tx
    .update(auditChainHeads)
    .set({ seq: fields.seq, hash })
    .where(eq(auditChainHeads.chainId, chainId));
}

/** For code paths with no surrounding change (e.g. a failed sign-in): the event is its own transaction. */
export async function recordAlone(db: Db, context: AuditContext, entry: AuditEntry): Promise<void> {
  await db.transaction((tx) => record(tx, context, entry));
}

/** One outbox row per enabled destination (none when the tenant streams nowhere); the delivery worker sends them. */
async function enqueueForStreaming(tx: Tx, tenantId: string, eventId: number): Promise<void> {
  await tx.execute(sql`
    insert into audit_outbox (destination_id, event_id)
    select id, ${eventId} from audit_stream_destinations where tenant_id = ${tenantId} and enabled`);
}
