import "server-only";
import { and, eq } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import { parseInput } from "@/lib/action/parse-input";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { getDb } from "@/lib/db";
import { ZApiKeyRef } from "@/lib/validation/api-keys";
import { toApiKeyDto, type ApiKeyDto } from "./dto";
import { keyOwnerOf, ownedKeys } from "./owner";

export async function getOwnApiKey(caller: Caller, ref: unknown): Promise<ApiKeyDto> {
  if (!callerHas(caller, "api_keys:read_own")) throw refuse.forbidden();
  const { id } = parseInput(ZApiKeyRef, ref);
  const [row] = await getDb()
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), ownedKeys(caller.tenantId, keyOwnerOf(caller))));
  if (!row) throw refuse.notFound("That API key");
  return toApiKeyDto(row);
}
