import { foreignKey, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberships } from "./memberships";
import { users } from "./users";

/**
 * A service account is a `users` row that never signs in (no password, an unroutable e-mail) plus its membership of
 * one tenant; this row marks it and holds what only a service account has. Because it is a user, its API keys
 * (`api_keys.owner_user_id`), workspace bindings and role checks work unchanged. Removing the membership or the
 * user removes it.
 */
export const serviceAccounts = pgTable(
  "service_accounts",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id").notNull(),
    description: text("description").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [memberships.tenantId, memberships.userId] }).onDelete("cascade")],
);

export type ServiceAccountRow = typeof serviceAccounts.$inferSelect;
