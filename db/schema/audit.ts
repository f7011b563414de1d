import { bigint, bigserial, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants";

export const auditCategory = pgEnum("audit_category", ["setting_updates", "system_configuration", "user_actions"]);
export const auditActorType = pgEnum("audit_actor_type", ["user", "service_account", "api_key", "system", "anonymous"]);

/**
 * Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE except the retention purge) and hash-chained per
 * chain: a tenant's id, or the nil UUID for deployment-level events such as sign-in failures of unknown accounts.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    chainId: uuid("chain_id").notNull(),
    seq: bigint("seq", { mode: "number" }).notNull(),
    tenantId: uuid("tenant_id").references(() => tenants.id, { onDelete: "restrict" }),
    occurredAt: timestamp("occurred_at", { withTimezone: true, precision: 3 }).notNull(),
    category: auditCategory("category").notNull(),
    action: text("action").notNull(),
    actorType: auditActorType("actor_type").notNull(),
    actorId: text("actor_id"),
    actorLabel: text("actor_label"),
    targetType: text("target_type"),
    targetId: text("target_id"),
    targetLabel: text("target_label"),
    workspaceId: uuid("workspace_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
    userAgent: text("user_agent"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    uniqueIndex("audit_events_chain_seq_key").on(t.chainId, t.seq),
    index("audit_events_tenant_time_idx").on(t.tenantId, t.occurredAt.desc(), t.id.desc()),
  ],
);

/** The head of each hash chain; locked FOR UPDATE while an event is appended, so a chain never forks. */
export const auditChainHeads = pgTable("audit_chain_heads", {
  chainId: uuid("chain_id").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
});

export type AuditEventRow = typeof auditEvents.$inferSelect;
