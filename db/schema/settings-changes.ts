import { pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants";
import { users } from "./users";

/**
 * When and by whom each settings form was last saved, for the "Last changed" line. The audit log holds the full
 * history; this row makes the latest change a key lookup instead of a scan of a large log.
 */
export const settingsChanges = pgTable(
  "settings_changes",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    section: text("section").notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
    changedBy: uuid("changed_by").references(() => users.id, { onDelete: "set null" }),
    /** The actor's name at the time, so the line stays readable after the user is gone. */
    changedByLabel: text("changed_by_label").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.section] })],
);
