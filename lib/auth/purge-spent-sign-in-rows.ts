import "server-only";
import { lt } from "drizzle-orm";
import { passwordResetTokens, samlAssertionUses, signInChallenges } from "@/db/schema";
import type { Db } from "@/lib/db";

/** Reset rows are kept a day: the hourly "send again" count needs the last hour's, and support may ask about them. */
const RESET_ROWS_KEPT_MS = 24 * 3_600_000;

/**
 * Hourly: drops expired sign-in challenges, old reset-link rows (every one long past its 30 minutes) and used SAML
 * assertions that could no longer be accepted anyway.
 */
export async function purgeSpentSignInRows(db: Db, now = new Date()): Promise<{ challenges: number; resetLinks: number; samlAssertions: number }> {
  const challenges = await db.delete(signInChallenges).where(lt(signInChallenges.expiresAt, now)).returning({ t: signInChallenges.tokenHash });
  const resetLinks = await db
    .delete(passwordResetTokens)
    .where(lt(passwordResetTokens.createdAt, new Date(now.getTime() - RESET_ROWS_KEPT_MS)))
    .returning({ t: passwordResetTokens.tokenHash });
  const samlAssertions = await db.delete(samlAssertionUses).where(lt(samlAssertionUses.expiresAt, now)).returning({ t: samlAssertionUses.assertionId });
  return { challenges: challenges.length, resetLinks: resetLinks.length, samlAssertions: samlAssertions.length };
}
