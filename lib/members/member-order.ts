import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { refuse } from "@/lib/action/errors";
import { decodeCursor } from "@/lib/api/pagination";
import type { MemberSort } from "@/lib/validation/members";

/**
 * Each sort's key (an indexed expression of the membership row, aliased m, whose user columns are trigger-kept copies) and how its cursor value
 * is cast back. Keys that may repeat end with the user id, so equal names still page without skipping or repeating anyone.
 */
const SORT_KEYS: Record<MemberSort, { key: SQL; cast: SQL; defaultDir: "asc" | "desc"; unique?: true }> = {
  name: { key: sql`(lower(m.user_name) collate "C")`, cast: sql`::text collate "C"`, defaultDir: "asc" },
  // E-mails are unique: the key alone orders, so the unique index serves it without a tie-breaker.
  email: { key: sql`m.user_email`, cast: sql`::text`, defaultDir: "asc", unique: true },
  last_sign_in: { key: sql`coalesce(m.user_last_sign_in_at, '-infinity'::timestamptz)`, cast: sql`::timestamptz`, defaultDir: "desc" },
  created: { key: sql`m.created_at`, cast: sql`::timestamptz`, defaultDir: "desc" },
};

const ZMemberCursor = z.tuple([z.enum(["name", "email", "last_sign_in", "created"]), z.string(), z.uuid()]);

export type MemberOrder = { sortValue: SQL; after: SQL | undefined; orderBy: SQL };

/** ORDER BY, the WHERE that continues after the cursor, and the sort value to select for the next cursor. */
export function memberOrder(sort: MemberSort, dir: "asc" | "desc" | undefined, cursor: string | undefined): MemberOrder {
  const { key, cast, defaultDir, unique } = SORT_KEYS[sort];
  const direction = dir ?? defaultDir;
  const position = decodeCursor(cursor, ZMemberCursor);
  if (position && position[0] !== sort) throw refuse.invalid({ cursor: ["This cursor belongs to another sort order; start again from the first page."] });
  const compare = direction === "asc" ? sql`>` : sql`<`;
  const tail = direction === "asc" ? sql`asc` : sql`desc`;
  if (unique) {
    const after = position ? sql`${key} ${compare} ${position[1]}${cast}` : undefined;
    return { sortValue: sql`(${key})::text`, after, orderBy: sql`${key} ${tail}` };
  }
  const after = position ? sql`(${key}, m.user_id) ${compare} (${position[1]}${cast}, ${position[2]}::uuid)` : undefined;
  const orderBy = sql`${key} ${tail}, m.user_id ${tail}`;
  return { sortValue: sql`(${key})::text`, after, orderBy };
}
