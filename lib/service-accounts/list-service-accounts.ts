import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { serviceAccounts, users } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import { decodeCursor, toPage, ZPageQuery, type Page } from "@/lib/api/pagination";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { z } from "zod";
import type { ServiceAccountDto } from "./service-account-dto";
import { selectServiceAccounts, toServiceAccountDto } from "./service-account-query";

const ZNameCursor = z.tuple([z.string(), z.uuid()]);
const sortName = sql<string>`lower(${users.name}) collate "C"`;

/** The tenant's service accounts by name, one keyset page at a time. */
export async function listServiceAccounts(caller: Caller, query: unknown = {}): Promise<Page<ServiceAccountDto>> {
  if (!callerHas(caller, "service_accounts:read")) throw refuse.forbidden();
  const { limit, cursor } = parseInput(ZPageQuery, query ?? {});
  const position = decodeCursor(cursor, ZNameCursor);
  const rows = await selectServiceAccounts(getDb())
    .where(and(eq(serviceAccounts.tenantId, caller.tenantId), position ? sql`(${sortName}, ${users.id}) > (${position[0]}::text collate "C", ${position[1]}::uuid)` : undefined))
    .orderBy(asc(sortName), asc(users.id))
    .limit(limit + 1);
  return toPage(rows, limit, toServiceAccountDto, (row) => [row.name.toLowerCase(), row.id]);
}
