export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const WINDOW_MS = 60_000;

/**
 * Requests are counted per key in fixed one-minute windows, by one atomic upsert in the database (api_key_request,
 * migration 0009), so every app instance shares the count and parallel requests are counted exactly. The table is
 * unlogged: counting never waits for a WAL flush.
 */
export const rateLimitWindowStart = (now: Date) => new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);

export function rateLimitVerdict(count: number, limitPerMinute: number, now: Date): RateLimitVerdict {
  if (count <= limitPerMinute) return { allowed: true };
  const windowEnd = rateLimitWindowStart(now).getTime() + WINDOW_MS;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)) };
}
