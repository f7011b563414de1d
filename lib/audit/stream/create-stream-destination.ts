import "server-only";
import { defineAction } from "@/lib/action/define-action";
import { auditStreamDestinations } from "@/db/schema";
import { refuse } from "@/lib/action/errors";
import { encrypt } from "@/lib/crypto/secret-box";
import { checkDestinationUrl } from "./check-destination-url";
import { ZCreateStreamDestination } from "./destination-input";

export const createStreamDestination = defineAction(
  { permission: "audit:configure", input: ZCreateStreamDestination },
  async ({ input, caller, tx }) => {
    checkDestinationUrl(input.url);
    if (input.kind === "elasticsearch" && !input.indexName) throw refuse.invalid({ indexName: ["Enter the Elasticsearch index."] });
    const [row] = await tx
      .insert(auditStreamDestinations)
      .values({
        tenantId: caller.tenantId,
        kind: input.kind,
        name: input.name,
        url: input.url,
        indexName: input.kind === "elasticsearch" ? input.indexName! : null,
        secretCiphertext: encrypt(input.secret),
      })
      .returning({ id: auditStreamDestinations.id });
    return {
      result: { id: row!.id },
      audit: {
        action: "audit.stream.created",
        target: { type: "siem_destination", id: row!.id, label: input.name },
        details: { after: { kind: input.kind, name: input.name, url: input.url, indexName: input.indexName ?? null, enabled: true } },
      },
    };
  },
);
