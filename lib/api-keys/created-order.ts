import "server-only";
import { desc, sql, type SQL } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { z } from "zod";
import { decodeCursor } from "@/lib/api/pagination";

const ZCreatedCursor = z.tuple([z.iso.datetime(), z.uuid()]);

/**
 * Keys newest first, by (created_at, id). created_at is written from a JS Date, so the millisecond value in the
 * cursor is exact. Returns the ORDER BY and the WHERE that continues after the cursor (or undefined on page one).
 */
export function createdOrder(cursor: string | undefined): { after: SQL | undefined; orderBy: SQL[] } {
  const position = decodeCursor(cursor, ZCreatedCursor);
  const after = position ? sql`(${apiKeys.createdAt}, ${apiKeys.id}) < (${position[0]}::timestamptz, ${position[1]}::uuid)` : undefined;
  return { after, orderBy: [desc(apiKeys.createdAt), desc(apiKeys.id)] };
}

export const createdSortKey = (row: { createdAt: Date; id: string }) => [row.createdAt.toISOString(), row.id];
