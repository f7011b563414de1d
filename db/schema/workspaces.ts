import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { groups } from "./groups";
import { memberships } from "./memberships";
import { tenants } from "./tenants";
import { users } from "./users";

export const workspaceRole = pgEnum("workspace_role", ["owner", "contributor", "viewer"]);
/** Who can hold a workspace role. The accounts feature adds 'service_account' (enum value, column and check). */
export const principalType = pgEnum("principal_type", ["user", "group"]);

export const workspaces = pgTable(
  "workspaces",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** [a-z0-9-], unique per tenant: the workspace's address (/settings/workspaces/<name>). */
    name: text("name").notNull(),
    displayName: text("display_name").notNull(),
    description: text("description").notNull().default(""),
    /** Created with a membership; stays personal after its user leaves (it may then be shared or deleted). */
    personal: boolean("personal").notNull().default(false),
    personalUserId: uuid("personal_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("workspaces_tenant_name_key").on(t.tenantId, t.name),
    uniqueIndex("workspaces_tenant_personal_user_key").on(t.tenantId, t.personalUserId),
    unique("workspaces_tenant_id_key").on(t.tenantId, t.id),
  ],
);

/**
 * A principal's role in one workspace. One column per principal type, each with a foreign key that carries the
 * tenant: a binding can only name a member or group of the workspace's own tenant, and disappears with it.
 */
export const workspaceBindings = pgTable(
  "workspace_bindings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull(),
    workspaceId: uuid("workspace_id").notNull(),
    principalType: principalType("principal_type").notNull(),
    userId: uuid("user_id"),
    groupId: uuid("group_id"),
    role: workspaceRole("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("workspace_bindings_workspace_user_key").on(t.workspaceId, t.userId),
    uniqueIndex("workspace_bindings_workspace_group_key").on(t.workspaceId, t.groupId),
    index("workspace_bindings_tenant_user_idx").on(t.tenantId, t.userId),
    index("workspace_bindings_group_idx").on(t.groupId),
    index("workspace_bindings_tenant_role_idx").on(t.tenantId, t.role),
    foreignKey({ columns: [t.tenantId, t.workspaceId], foreignColumns: [workspaces.tenantId, workspaces.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [memberships.tenantId, memberships.userId] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.groupId], foreignColumns: [groups.tenantId, groups.id] }).onDelete("cascade"),
    check(
      "workspace_bindings_one_principal",
      sql`case ${t.principalType} when 'user' then ${t.userId} is not null and ${t.groupId} is null when 'group' then ${t.groupId} is not null and ${t.userId} is null else false end`,
    ),
  ],
);

export type WorkspaceRow = typeof workspaces.$inferSelect;
export type WorkspaceBindingRow = typeof workspaceBindings.$inferSelect;
