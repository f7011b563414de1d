/** Defaults of SPEC §9; the tenant's session policy may change them. */
export const DEFAULT_IDLE_MINUTES = 60;
export const DEFAULT_ABSOLUTE_HOURS = 12;
/** last_seen_at is written at most this often per session, to keep the hot read path write-free. */
export const LAST_SEEN_WRITE_INTERVAL_MS = 60_000;

export type SessionTimes = { idleExpiresAt: Date; absoluteExpiresAt: Date };

export function initialSessionTimes(now: Date): SessionTimes {
  return {
    idleExpiresAt: new Date(now.getTime() + DEFAULT_IDLE_MINUTES * 60_000),
    absoluteExpiresAt: new Date(now.getTime() + DEFAULT_ABSOLUTE_HOURS * 3_600_000),
  };
}

export function isSessionExpired(times: SessionTimes, now: Date): boolean {
  return times.idleExpiresAt <= now || times.absoluteExpiresAt <= now;
}

/** The idle expiry after activity at `now`: slides forward, never past the absolute limit. */
export function slideIdleExpiry(absoluteExpiresAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + DEFAULT_IDLE_MINUTES * 60_000, absoluteExpiresAt.getTime()));
}
