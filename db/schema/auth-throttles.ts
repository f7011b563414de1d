import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Failed sign-in counters per account and per client IP; rows, so every app instance shares them. */
export const authThrottles = pgTable("auth_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});
