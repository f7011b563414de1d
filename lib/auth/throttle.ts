import "server-only";
import { eq, sql } from "drizzle-orm";
import { authThrottles } from "@/db/schema";
import type { Tx } from "@/lib/db";
import { lockSecondsAfter } from "./throttle-policy";

export type ThrottleRule = { key: string; freeFailures: number; windowMinutes: number };
export type Reservation = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts an attempt *before* the password is checked, under a row lock, so N parallel attempts can never all slip
 * through: exactly `freeFailures` are let in, the rest wait. A success gives the reservation back (see `release`).
 */
export async function reserveAttempt(tx: Tx, rule: ThrottleRule, now = new Date()): Promise<Reservation> {
  const row = await lockThrottleRow(tx, rule.key, now);

  if (row.lockedUntil && row.lockedUntil > now) {
    return { allowed: false, retryAfterSeconds: Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000) };
  }
  const windowStart = now.getTime() - rule.windowMinutes * 60_000;
  const failures = (row.lastFailureAt.getTime() < windowStart ? 0 : row.failures) + 1;
  const lockSeconds = lockSecondsAfter(failures, rule.freeFailures);
  await tx
    .update(authThrottles)
    .set({ failures, lastFailureAt: now, lockedUntil: lockSeconds ? new Date(now.getTime() + lockSeconds * 1000) : null })
    .where(eq(authThrottles.key, rule.key));
  return { allowed: true };
}

const LOCK_ATTEMPTS = 3;

/**
 * The key's row, created if missing and locked. A success in a parallel transaction may delete the row between our
 * insert (which found it) and our lock (which then finds nothing): insert again.
 */
async function lockThrottleRow(tx: Tx, key: string, now: Date) {
  for (let attempt = 1; ; attempt++) {
    await tx.insert(authThrottles).values({ key, failures: 0, lastFailureAt: now }).onConflictDoNothing();
    const [row] = await tx.select().from(authThrottles).where(eq(authThrottles.key, key)).for("update");
    if (row) return row;
    if (attempt === LOCK_ATTEMPTS) throw new Error(`throttle row ${key} kept disappearing`);
  }
}

/** After a success: the account's consecutive failures start again from zero. */
export async function resetThrottle(tx: Tx, key: string): Promise<void> {
  await tx.delete(authThrottles).where(eq(authThrottles.key, key));
}

/** After a success: gives back the one attempt reserved for it, leaving the source's real failures counted. */
export async function releaseReservation(tx: Tx, key: string): Promise<void> {
  await tx
    .update(authThrottles)
    .set({ failures: sql`greatest(${authThrottles.failures} - 1, 0)`, lockedUntil: null })
    .where(eq(authThrottles.key, key));
}
