import { z } from "zod";
import { refuse } from "@/lib/action/errors";

/**
 * Cursor (keyset) pagination for every list: the cursor encodes the sort key of the last row returned, so page
 * 10,000 costs what page 1 costs. Each list chooses its sort key (e.g. created_at, id) and its WHERE.
 */
export const ZPageQuery = z.object({
  limit: z.coerce
    .number({ message: "limit must be a number from 1 to 100." })
    .int("limit must be a number from 1 to 100.")
    .min(1, "limit must be a number from 1 to 100.")
    .max(100, "limit must be a number from 1 to 100.")
    .default(50)
    .meta({ description: "Items per page (1–100, default 50)." }),
  cursor: z.string().max(512).optional().meta({ description: "`nextCursor` of the previous page; omit for the first page." }),
});
export type PageQuery = z.infer<typeof ZPageQuery>;

export type Page<T> = { data: T[]; nextCursor: string | null };

export const ZPage = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  });

type CursorValue = string | number;

export const INVALID_CURSOR = "This cursor is not valid; start again from the first page.";

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/** The sort key inside a cursor (checked against `shape`), or a field error on `cursor` when it is not one of ours. */
export function decodeCursor<T extends z.ZodType<CursorValue[]>>(cursor: string | undefined, shape: T): z.output<T> | null {
  if (cursor === undefined || cursor === "") return null;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    values = undefined;
  }
  const parsed = shape.safeParse(values);
  if (!parsed.success) throw refuse.invalid({ cursor: [INVALID_CURSOR] });
  return parsed.data;
}

/** `rows` holds up to limit + 1 rows: the extra one only tells that another page exists. */
export function toPage<R, T>(rows: R[], limit: number, toItem: (row: R) => T, sortKeyOf: (row: R) => CursorValue[]): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return { data: pageRows.map(toItem), nextCursor: hasMore ? encodeCursor(sortKeyOf(pageRows.at(-1)!)) : null };
}
