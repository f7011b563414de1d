import "server-only";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { signInChallenges } from "@/db/schema";
import type { Db, Tx } from "@/lib/db";
import { hashSessionToken, newSessionToken } from "./session-token";

export type ChallengePurpose = "verify" | "enrol";
export type SignInChallenge = { userId: string; tenantId: string; purpose: ChallengePurpose; method?: string };

/** Codes one challenge may try; the per-account throttle limits how often new challenges help. */
export const CHALLENGE_MAX_ATTEMPTS = 5;
/** Enough to find the phone (or install an app and scan the QR code when enrolment is required). */
const CHALLENGE_MINUTES: Record<ChallengePurpose, number> = { verify: 10, enrol: 20 };

/** The half-signed-in state after a correct password: a random token (cookie) for a row that authorizes nothing. */
export async function createChallenge(tx: Tx, challenge: SignInChallenge, now = new Date()): Promise<string> {
  const token = newSessionToken();
  await tx.insert(signInChallenges).values({
    tokenHash: hashSessionToken(token),
    ...challenge,
    expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES[challenge.purpose] * 60_000),
  });
  return token;
}

/** The live challenge behind a token, or null (unknown, expired or out of attempts). */
export async function openChallenge(db: Db | Tx, token: string | undefined, now = new Date()): Promise<SignInChallenge | null> {
  if (!token || token.length > 100) return null;
  const [row] = await db
    .select({ userId: signInChallenges.userId, tenantId: signInChallenges.tenantId, purpose: signInChallenges.purpose, method: signInChallenges.method })
    .from(signInChallenges)
    .where(and(eq(signInChallenges.tokenHash, hashSessionToken(token)), gt(signInChallenges.expiresAt, now), lt(signInChallenges.attempts, CHALLENGE_MAX_ATTEMPTS)));
  return row ?? null;
}

/** Spends one attempt; null when none is left (so parallel guesses cannot exceed the limit). */
export async function spendChallengeAttempt(tx: Tx, token: string, now = new Date()): Promise<SignInChallenge | null> {
  const [row] = await tx
    .update(signInChallenges)
    .set({ attempts: sql`${signInChallenges.attempts} + 1` })
    .where(and(eq(signInChallenges.tokenHash, hashSessionToken(token)), gt(signInChallenges.expiresAt, now), lt(signInChallenges.attempts, CHALLENGE_MAX_ATTEMPTS)))
    .returning({ userId: signInChallenges.userId, tenantId: signInChallenges.tenantId, purpose: signInChallenges.purpose, method: signInChallenges.method });
  return row ?? null;
}

export async function deleteChallenge(tx: Tx, token: string): Promise<void> {
  await tx.delete(signInChallenges).where(eq(signInChallenges.tokenHash, hashSessionToken(token)));
}
