import { sql } from "drizzle-orm";
import { boolean, foreignKey, index, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { memberships } from "./memberships";
import { tenants } from "./tenants";

export const groups = pgTable(
  "groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** Unique per tenant regardless of case (the index is on lower(name)). */
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** Set by SSO role mapping (SPEC §9); shown on the group's pages. */
    managedBySso: boolean("managed_by_sso").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("groups_tenant_lower_name_key").on(t.tenantId, sql`lower(${t.name})`),
    // Target of the composite foreign keys that keep members and bindings inside the group's tenant.
    unique("groups_tenant_id_key").on(t.tenantId, t.id),
  ],
);

/** Group membership. Both foreign keys carry the tenant, so a user of another tenant cannot be added. */
export const groupMembers = pgTable(
  "group_members",
  {
    tenantId: uuid("tenant_id").notNull(),
    groupId: uuid("group_id").notNull(),
    userId: uuid("user_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.userId] }),
    index("group_members_tenant_user_idx").on(t.tenantId, t.userId),
    foreignKey({ columns: [t.tenantId, t.groupId], foreignColumns: [groups.tenantId, groups.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [memberships.tenantId, memberships.userId] }).onDelete("cascade"),
  ],
);

export type GroupRow = typeof groups.$inferSelect;
