import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** One-time first-run links; all of them die when the first tenant is created. */
export const setupTokens = pgTable("setup_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
