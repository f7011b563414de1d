import "server-only";
import { and, eq } from "drizzle-orm";
import { apiKeys, type ApiKeyRow } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import type { Caller } from "@/lib/auth/caller";
import type { Tx } from "@/lib/db";
import { keyOwnerOf, ownedKeys } from "./owner";

/**
 * One of the caller's own keys, locked for the rest of the transaction. Another owner's key, another tenant's key
 * and a missing key all read as "not found".
 */
export async function lockOwnKey(tx: Tx, caller: Caller, id: string): Promise<ApiKeyRow> {
  const [row] = await tx
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), ownedKeys(caller.tenantId, keyOwnerOf(caller))))
    .for("update");
  if (!row) throw refuse.notFound("That API key");
  return row;
}
