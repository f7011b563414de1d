import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { refuse } from "@/lib/action/errors";
import { decodeCursor } from "@/lib/api/pagination";
import type { MemberSort } from "@/lib/validation/members";

/**
 * Each sort's key (an indexed expression of the users or memberships row, aliased u and m) and how its cursor value
 * is cast back. Every key ends with the user id, so equal names still page without skipping or repeating anyone.
 */
const SORT_KEYS: Record<MemberSort, { key: SQL; cast: SQL; defaultDir: "asc" | "desc" }> = {
  name: { key: sql`(lower(u.name) collate "C")`, cast: sql`::text collate "C"`, defaultDir: "asc" },
  email: { key: sql`u.email`, cast: sql`::text`, defaultDir: "asc" },
  last_sign_in: { key: sql`coalesce(u.last_sign_in_at, '-infinity'::timestamptz)`, cast: sql`::timestamptz`, defaultDir: "desc" },
  created: { key: sql`m.created_at`, cast: sql`::timestamptz`, defaultDir: "desc" },
};

const ZMemberCursor = z.tuple([z.enum(["name", "email", "last_sign_in", "created"]), z.string(), z.uuid()]);

export type MemberOrder = { sortValue: SQL; after: SQL | undefined; orderBy: SQL };

/** ORDER BY, the WHERE that continues after the cursor, and the sort value to select for the next cursor. */
export function memberOrder(sort: MemberSort, dir: "asc" | "desc" | undefined, cursor: string | undefined): MemberOrder {
  const { key, cast, defaultDir } = SORT_KEYS[sort];
  const direction = dir ?? defaultDir;
  const position = decodeCursor(cursor, ZMemberCursor);
  if (position && position[0] !== sort) throw refuse.invalid({ cursor: ["This cursor belongs to another sort order; start again from the first page."] });
  const compare = direction === "asc" ? sql`>` : sql`<`;
  const after = position ? sql`(${key}, u.id) ${compare} (${position[1]}${cast}, ${position[2]}::uuid)` : undefined;
  const orderBy = direction === "asc" ? sql`${key} asc, u.id asc` : sql`${key} desc, u.id desc`;
  return { sortValue: sql`(${key})::text`, after, orderBy };
}
