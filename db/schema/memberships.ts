import { index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants";
import { users } from "./users";

export const tenantRole = pgEnum("tenant_role", ["admin", "builder", "consumer"]);
export const membershipStatus = pgEnum("membership_status", ["active", "inactive"]);

export const memberships = pgTable(
  "memberships",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: tenantRole("role").notNull(),
    status: membershipStatus("status").notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Copies of the user's name, e-mail and last sign-in, kept by triggers (the members-service-accounts migration), so the member list sorts
     * and filters inside one tenant's index range (docs/decisions/0041). Never written by the code.
     */
    userName: text("user_name").notNull().default(""),
    userEmail: text("user_email").notNull().default(""),
    userLastSignInAt: timestamp("user_last_sign_in_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    index("memberships_user_idx").on(t.userId),
    index("memberships_tenant_role_status_idx").on(t.tenantId, t.role, t.status),
  ],
);

export type MembershipRow = typeof memberships.$inferSelect;
