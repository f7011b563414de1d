import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased; unique in the deployment. */
    email: text("email").notNull(),
    /** 3–39 chars of [a-z0-9-]; unique in the deployment. */
    username: text("username").notNull(),
    name: text("name").notNull(),
    /** Null for users who only sign in through an identity provider. */
    passwordHash: text("password_hash"),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    uniqueIndex("users_username_key").on(t.username),
  ],
);

export type UserRow = typeof users.$inferSelect;
