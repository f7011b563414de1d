import "server-only";
import { and, eq } from "drizzle-orm";
import { apiKeys, users } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import { toPage, ZPageQuery, type Page } from "@/lib/api/pagination";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { createdOrder, createdSortKey } from "./created-order";
import type { TenantApiKeyDto } from "./dto";
import { tenantKeyColumns, toTenantApiKeyDto } from "./tenant-keys";

/** Every key of the caller's tenant with its owner (credential hygiene, SPEC §3), newest first. */
export async function listTenantApiKeys(caller: Caller, query: unknown = {}): Promise<Page<TenantApiKeyDto>> {
  if (!callerHas(caller, "api_keys:read_all")) throw refuse.forbidden();
  const { limit, cursor } = parseInput(ZPageQuery, query);
  const { after, orderBy } = createdOrder(cursor);
  const rows = await getDb()
    .select(tenantKeyColumns)
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.ownerUserId))
    .where(and(eq(apiKeys.tenantId, caller.tenantId), after))
    .orderBy(...orderBy)
    .limit(limit + 1);
  const now = new Date();
  return toPage(rows, limit, (row) => toTenantApiKeyDto(row, now), (row) => createdSortKey(row.key));
}
