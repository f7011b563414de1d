import "server-only";
import { and } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import { toPage, ZPageQuery, type Page } from "@/lib/api/pagination";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { createdOrder, createdSortKey } from "./created-order";
import { toApiKeyDto, type ApiKeyDto } from "./dto";
import { keyOwnerOf, ownedKeys } from "./owner";

/** The caller's own keys (expired ones included, so they can be seen and deleted), newest first. */
export async function listOwnApiKeys(caller: Caller, query: unknown = {}): Promise<Page<ApiKeyDto>> {
  if (!callerHas(caller, "api_keys:read_own")) throw refuse.forbidden();
  const { limit, cursor } = parseInput(ZPageQuery, query);
  const { after, orderBy } = createdOrder(cursor);
  const rows = await getDb()
    .select()
    .from(apiKeys)
    .where(and(ownedKeys(caller.tenantId, keyOwnerOf(caller)), after))
    .orderBy(...orderBy)
    .limit(limit + 1);
  const now = new Date();
  return toPage(rows, limit, (row) => toApiKeyDto(row, now), createdSortKey);
}
