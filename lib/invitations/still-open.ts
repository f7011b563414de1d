import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { invitations } from "@/db/schema";

/** An invitation that can still be taken up: pending and not expired, on the database's clock. */
export const stillOpen = () => and(eq(invitations.status, "pending"), gt(invitations.expiresAt, sql`now()`));
