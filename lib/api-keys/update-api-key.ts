import "server-only";
import { eq } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { ZUpdateApiKey } from "@/lib/validation/api-keys";
import { toApiKeyDto } from "./dto";
import { lockOwnKey } from "./own-key";

/** Name and description only: scope and expiry are fixed at creation, so a key's power never grows later. */
export const updateApiKey = defineAction({ permission: "api_keys:manage_own", input: ZUpdateApiKey }, async ({ input, caller, tx }) => {
  const before = await lockOwnKey(tx, caller, input.id);
  const name = input.name ?? before.name;
  const description = input.description ?? before.description;
  const [row] = await tx.update(apiKeys).set({ name, description, updatedAt: new Date() }).where(eq(apiKeys.id, before.id)).returning();
  return {
    result: toApiKeyDto(row!),
    audit: {
      action: "api_key.updated",
      target: { type: "api_key", id: before.id, label: name },
      details: { before: { name: before.name, description: before.description }, after: { name, description } },
    },
  };
});
