import "server-only";
import { eq, max } from "drizzle-orm";
import { memberships, tenantSettings } from "@/db/schema";
import type { Db, Tx } from "@/lib/db";
import { PASSWORD_MIN } from "@/lib/validation/password";

/**
 * The longest minimum among the tenants the user belongs to: one password signs in everywhere, so it must satisfy
 * the strictest of them.
 */
export async function passwordMinLengthFor(db: Db | Tx, userId: string): Promise<number> {
  const [row] = await db
    .select({ min: max(tenantSettings.passwordMinLength) })
    .from(memberships)
    .innerJoin(tenantSettings, eq(tenantSettings.tenantId, memberships.tenantId))
    .where(eq(memberships.userId, userId));
  return Math.max(PASSWORD_MIN, row?.min ?? PASSWORD_MIN);
}
