import "server-only";
import { samlAssertionUses } from "@/db/schema";
import type { Db } from "@/lib/db";

/**
 * Records the first use of a tenant's assertion; false when it was used before (by this or any other instance).
 * The row must outlive every way the assertion could still be presented, so the caller passes the later of the
 * assertion's end and the end of anything sealed that carries it.
 */
export async function spendSamlAssertion(db: Db, use: { tenantId: string; assertionId: string; keepUntil: Date }): Promise<boolean> {
  const inserted = await db
    .insert(samlAssertionUses)
    .values({ tenantId: use.tenantId, assertionId: use.assertionId, expiresAt: use.keepUntil })
    .onConflictDoNothing()
    .returning({ id: samlAssertionUses.assertionId });
  return inserted.length === 1;
}
