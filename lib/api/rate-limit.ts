import "server-only";
import { sql } from "drizzle-orm";
import { apiRateLimits } from "@/db/schema";
import type { Db } from "@/lib/db";

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const WINDOW_MS = 60_000;

/**
 * Counts one request against `bucket` in the current one-minute window: a single atomic upsert, so every app
 * instance shares the count and parallel requests cannot slip past the limit.
 */
export async function consumeRateLimit(db: Db, bucket: string, limitPerMinute: number, now = new Date()): Promise<RateLimitVerdict> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const [row] = await db
    .insert(apiRateLimits)
    .values({ bucket, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: apiRateLimits.bucket,
      set: {
        count: sql`case when ${apiRateLimits.windowStart} = excluded.window_start then ${apiRateLimits.count} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: apiRateLimits.count });
  if ((row?.count ?? 1) <= limitPerMinute) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000)) };
}
