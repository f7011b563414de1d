import { bigint, bigserial, index, integer, pgEnum, pgTable, text, timestamp, uuid, boolean } from "drizzle-orm/pg-core";
import { auditEvents } from "./audit";
import { tenants } from "./tenants";

export const auditStreamKind = pgEnum("audit_stream_kind", ["webhook", "splunk_hec", "elasticsearch"]);

/**
 * Where a tenant streams its audit events (SPEC §10). The credential (webhook signing secret, HEC token or
 * Elasticsearch API key) is encrypted at rest with lib/crypto/secret-box. Back-off is per destination: after a
 * failure nothing is sent to it until `pausedUntil`, doubling with each consecutive failure.
 */
export const auditStreamDestinations = pgTable(
  "audit_stream_destinations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    kind: auditStreamKind("kind").notNull(),
    name: text("name").notNull(),
    url: text("url").notNull(),
    /** Elasticsearch only: the index events are written to. */
    indexName: text("index_name"),
    secretCiphertext: text("secret_ciphertext").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    pausedUntil: timestamp("paused_until", { withTimezone: true }),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
    lastErrorAt: timestamp("last_error_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_stream_destinations_tenant_idx").on(t.tenantId)],
);

/**
 * The transactional outbox: one row per (event, enabled destination), written by record() in the transaction of
 * the event; deleted once the destination has acknowledged it. A worker leases rows (`leasedUntil`) so that
 * several instances never send the same row at once and a crashed instance's rows come back after the lease.
 */
export const auditOutbox = pgTable(
  "audit_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    destinationId: uuid("destination_id")
      .notNull()
      .references(() => auditStreamDestinations.id, { onDelete: "cascade" }),
    eventId: bigint("event_id", { mode: "number" })
      .notNull()
      .references(() => auditEvents.id, { onDelete: "cascade" }),
    attempts: integer("attempts").notNull().default(0),
    leasedUntil: timestamp("leased_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_outbox_destination_idx").on(t.destinationId, t.id), index("audit_outbox_event_idx").on(t.eventId)],
);

export type AuditStreamDestinationRow = typeof auditStreamDestinations.$inferSelect;
