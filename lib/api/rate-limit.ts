import { sql, type SQL } from "drizzle-orm";

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const WINDOW_MS = 60_000;

const windowStartOf = (now: Date) => new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);

/**
 * Counts one request for each bucket that `buckets` (a one-column SELECT) yields, in the current one-minute window,
 * and returns the new counts: one atomic upsert, so every app instance shares the count and parallel requests are
 * counted exactly. Meant to be a data-modifying CTE of the statement that finds the caller, so the count costs no
 * extra round trip. The table is unlogged: counting never waits for a WAL flush.
 */
export function countRequestsSql(buckets: SQL, now: Date): SQL {
  return sql`insert into api_rate_limits (bucket, window_start, count)
    select bucket, ${windowStartOf(now).toISOString()}::timestamptz, 1 from (${buckets}) as counted(bucket)
    on conflict (bucket) do update set
      count = case when api_rate_limits.window_start = excluded.window_start then api_rate_limits.count + 1 else 1 end,
      window_start = excluded.window_start
    returning count`;
}

export function rateLimitVerdict(count: number, limitPerMinute: number, now: Date): RateLimitVerdict {
  if (count <= limitPerMinute) return { allowed: true };
  const windowEnd = windowStartOf(now).getTime() + WINDOW_MS;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)) };
}
