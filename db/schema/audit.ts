import { sql } from "drizzle-orm";
import { bigint, bigserial, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants";

export const auditCategory = pgEnum("audit_category", ["setting_updates", "system_configuration", "user_actions"]);
export const auditActorType = pgEnum("audit_actor_type", ["user", "service_account", "api_key", "system", "anonymous"]);

/**
 * Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE except the retention purge) and hash-chained per
 * chain: a tenant's id, or the nil UUID for deployment-level events such as sign-in failures of unknown accounts.
 * Every viewer filter has an index that starts with the tenant and ends with the page order (time, id), so a page
 * deep in the log costs what the first one costs.
 *
 * The free-text filter reads `search_vector`, a stored tsvector that Postgres generates from the searchable text
 * (migration 0009, with its GIN index and the `audit_search_query` function). It is left out of this table
 * definition on purpose: whole-row selects (viewer, export, stream) never carry it to the application.
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
    index("audit_events_tenant_category_time_idx").on(t.tenantId, t.category, t.occurredAt.desc(), t.id.desc()),
    index("audit_events_tenant_action_time_idx").on(t.tenantId, t.action, t.occurredAt.desc(), t.id.desc()),
    index("audit_events_tenant_actor_time_idx").on(t.tenantId, t.actorLabel, t.occurredAt.desc(), t.id.desc()),
    index("audit_events_tenant_workspace_time_idx")
      .on(t.tenantId, t.workspaceId, t.occurredAt.desc(), t.id.desc())
      .where(sql`${t.workspaceId} is not null`),
  ],
);

/**
 * The head of each hash chain; locked FOR UPDATE while an event is appended, so a chain never forks. The anchor is
 * where the kept chain starts: seq 0 and the genesis hash until the retention purge deletes a prefix, then the seq
 * and hash of the last purged event (also written into the purge's own audit event, which the verifier cross-checks).
 */
export const auditChainHeads = pgTable("audit_chain_heads", {
  chainId: uuid("chain_id").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
  anchorSeq: bigint("anchor_seq", { mode: "number" }).notNull().default(0),
  anchorHash: text("anchor_hash").notNull().default("0000000000000000000000000000000000000000000000000000000000000000"),
});

export type AuditEventRow = typeof auditEvents.$inferSelect;
