/** The tenant's session policy (SPEC §9; defaults 60 idle minutes and 12 hours absolute). */
export type SessionPolicy = { idleMinutes: number; absoluteHours: number };

/** last_seen_at is written at most this often per session, to keep the hot read path write-free. */
export const LAST_SEEN_WRITE_INTERVAL_MS = 60_000;
/** The cookie outlives no session: its own lifetime is the longest absolute lifetime a tenant may set. */
export const MAX_SESSION_HOURS = 720;

export type SessionTimes = { idleExpiresAt: Date; absoluteExpiresAt: Date };

export function initialSessionTimes(policy: SessionPolicy, now: Date): SessionTimes {
  const absoluteExpiresAt = new Date(now.getTime() + policy.absoluteHours * 3_600_000);
  return { idleExpiresAt: slideIdleExpiry(policy, absoluteExpiresAt, now), absoluteExpiresAt };
}

export function isSessionExpired(times: SessionTimes, now: Date): boolean {
  return times.idleExpiresAt <= now || times.absoluteExpiresAt <= now;
}

/** The idle expiry after activity at `now`: slides forward, never past the absolute limit. */
export function slideIdleExpiry(policy: SessionPolicy, absoluteExpiresAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + policy.idleMinutes * 60_000, absoluteExpiresAt.getTime()));
}
