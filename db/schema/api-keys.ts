import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants";
import { users } from "./users";

export const apiKeyScope = pgEnum("api_key_scope", ["read", "write"]);

/**
 * API keys of a tenant. The owner is a user (a personal key) or a service account: exactly one of the two owner
 * columns is set. Only the SHA-256 of the whole key is stored; prefix and last four characters are for display.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    ownerUserId: uuid("owner_user_id").references(() => users.id, { onDelete: "cascade" }),
    /** The service_accounts table comes later; its migration adds the foreign key to this column. */
    ownerServiceAccountId: uuid("owner_service_account_id"),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    scope: apiKeyScope("scope").notNull(),
    secretHash: text("secret_hash").notNull(),
    prefix: text("prefix").notNull(),
    lastFour: text("last_four").notNull(),
    /** The lifetime chosen at creation (null: no expiry); a regenerated secret gets the same lifetime again. */
    lifetimeDays: integer("lifetime_days"),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    lastUsedIp: text("last_used_ip"),
  },
  (t) => [
    uniqueIndex("api_keys_secret_hash_key").on(t.secretHash),
    index("api_keys_tenant_created_idx").on(t.tenantId, t.createdAt.desc(), t.id.desc()),
    index("api_keys_owner_user_idx").on(t.ownerUserId),
    index("api_keys_owner_service_account_idx").on(t.ownerServiceAccountId),
    check("api_keys_one_owner", sql`num_nonnulls(${t.ownerUserId}, ${t.ownerServiceAccountId}) = 1`),
  ],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;

/** Per-key request counters for the REST API's rate limit: one row per key, a fixed one-minute window. */
export const apiRateLimits = pgTable("api_rate_limits", {
  bucket: text("bucket").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
});
