import "server-only";
import { and, eq } from "drizzle-orm";
import { auditStreamDestinations } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { encrypt } from "@/lib/crypto/secret-box";
import { checkDestinationUrl } from "./check-destination-url";
import { ZUpdateStreamDestination } from "./destination-input";

export const updateStreamDestination = defineAction(
  { permission: "audit:configure", input: ZUpdateStreamDestination },
  async ({ input, caller, tx }) => {
    const [before] = await tx
      .select()
      .from(auditStreamDestinations)
      .where(and(eq(auditStreamDestinations.id, input.id), eq(auditStreamDestinations.tenantId, caller.tenantId)))
      .for("update");
    if (!before) throw refuse.notFound("The destination");
    checkDestinationUrl(input.url);
    if (before.kind === "elasticsearch" && !input.indexName) throw refuse.invalid({ indexName: ["Enter the Elasticsearch index."] });
    const after = { name: input.name, url: input.url, indexName: before.kind === "elasticsearch" ? input.indexName! : null, enabled: input.enabled };
    await tx
      .update(auditStreamDestinations)
      .set({
        ...after,
        ...(input.secret ? { secretCiphertext: encrypt(input.secret) } : {}),
        // A changed address or credential deserves an immediate try, not the old back-off.
        consecutiveFailures: 0,
        pausedUntil: null,
        updatedAt: new Date(),
      })
      .where(eq(auditStreamDestinations.id, before.id));
    return {
      result: { id: before.id },
      audit: {
        action: "audit.stream.updated",
        target: { type: "siem_destination", id: before.id, label: input.name },
        details: {
          before: { name: before.name, url: before.url, indexName: before.indexName, enabled: before.enabled },
          after: { ...after, credentialReplaced: Boolean(input.secret) },
        },
      },
    };
  },
);
