import { sql } from "drizzle-orm";
import { foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { groups } from "./groups";
import { tenantRole } from "./memberships";
import { tenants } from "./tenants";
import { users } from "./users";
import { workspaceRole, workspaces } from "./workspaces";

/** "Invitation expired" is not a status: it is a pending invitation past `expires_at`, decided on the server at read time. */
export const invitationStatus = pgEnum("invitation_status", ["pending", "accepted", "cancelled"]);

/** One e-mail invited into one tenant (SPEC §4). Only the SHA-256 of the link's token is stored. */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** Stored lower-cased; matched against the accepting account's e-mail. */
    email: text("email").notNull(),
    role: tenantRole("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    status: invitationStatus("status").notNull().default("pending"),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    /** Who sent it, as shown in the list (kept when that user is gone; an API key's label otherwise). */
    invitedByLabel: text("invited_by_label").notNull(),
    resentCount: integer("resent_count").notNull().default(0),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedUserId: uuid("accepted_user_id").references(() => users.id, { onDelete: "set null" }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_key").on(t.tokenHash),
    // At most one open invitation per address and tenant; accepted and cancelled ones stay as history.
    uniqueIndex("invitations_tenant_pending_email_key").on(t.tenantId, t.email).where(sql`${t.status} = 'pending'`),
    index("invitations_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    unique("invitations_tenant_id_key").on(t.tenantId, t.id),
  ],
);

/** Groups the invitee joins on accepting; a group deleted meanwhile simply drops out. */
export const invitationGroups = pgTable(
  "invitation_groups",
  {
    tenantId: uuid("tenant_id").notNull(),
    invitationId: uuid("invitation_id").notNull(),
    groupId: uuid("group_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.invitationId, t.groupId] }),
    foreignKey({ columns: [t.tenantId, t.invitationId], foreignColumns: [invitations.tenantId, invitations.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.groupId], foreignColumns: [groups.tenantId, groups.id] }).onDelete("cascade"),
  ],
);

/** Workspace roles the invitee gets on accepting; a workspace deleted meanwhile simply drops out. */
export const invitationWorkspaces = pgTable(
  "invitation_workspaces",
  {
    tenantId: uuid("tenant_id").notNull(),
    invitationId: uuid("invitation_id").notNull(),
    workspaceId: uuid("workspace_id").notNull(),
    role: workspaceRole("role").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.invitationId, t.workspaceId] }),
    foreignKey({ columns: [t.tenantId, t.invitationId], foreignColumns: [invitations.tenantId, invitations.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.workspaceId], foreignColumns: [workspaces.tenantId, workspaces.id] }).onDelete("cascade"),
  ],
);

export type InvitationRow = typeof invitations.$inferSelect;
