import "server-only";
import { and, eq } from "drizzle-orm";
import { apiKeys, users } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { ZApiKeyRef } from "@/lib/validation/api-keys";
import { removeKey } from "./remove-key";
import { tenantKeyColumns, toTenantApiKeyDto } from "./tenant-keys";

/** An Admin revokes any key of the tenant; the key fails on its next request and the owner sees it gone. */
export const revokeApiKey = defineAction({ permission: "api_keys:revoke_any", input: ZApiKeyRef }, async ({ input, caller, tx }) => {
  const [row] = await tx
    .select(tenantKeyColumns)
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.ownerUserId))
    .where(and(eq(apiKeys.id, input.id), eq(apiKeys.tenantId, caller.tenantId)))
    .for("update", { of: apiKeys });
  if (!row) throw refuse.notFound("That API key");
  const key = toTenantApiKeyDto(row);
  await removeKey(tx, key.id);
  return {
    result: { id: key.id },
    audit: {
      action: "api_key.revoked",
      target: { type: "api_key", id: key.id, label: key.name },
      details: { owner: key.owner, lastFour: key.lastFour, scope: key.scope },
    },
  };
});
