import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants";
import { users } from "./users";

/**
 * A requested e-mail change (SPEC §2): the link's token is stored only as its SHA-256; the user's address changes
 * when the link is used, and the row then keeps `used_at` so a second click reads "already used".
 */
export const emailChangeRequests = pgTable(
  "email_change_requests",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The tenant the change was requested in (where its audit events go first). */
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    newEmail: text("new_email").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("email_change_requests_user_idx").on(t.userId)],
);

export type EmailChangeRequestRow = typeof emailChangeRequests.$inferSelect;
