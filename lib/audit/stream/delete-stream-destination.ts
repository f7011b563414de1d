import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { auditOutbox, auditStreamDestinations } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { ZStreamDestinationId } from "./destination-input";

/** Removes the destination and its undelivered backlog (the count is kept in the audit event). */
export const deleteStreamDestination = defineAction(
  { permission: "audit:configure", input: ZStreamDestinationId },
  async ({ input, caller, tx }) => {
    const [before] = await tx
      .select({ id: auditStreamDestinations.id, name: auditStreamDestinations.name, kind: auditStreamDestinations.kind, url: auditStreamDestinations.url })
      .from(auditStreamDestinations)
      .where(and(eq(auditStreamDestinations.id, input.id), eq(auditStreamDestinations.tenantId, caller.tenantId)))
      .for("update");
    if (!before) throw refuse.notFound("The destination");
    const [backlog] = await tx.select({ n: sql<number>`count(*)::int` }).from(auditOutbox).where(eq(auditOutbox.destinationId, before.id));
    await tx.delete(auditStreamDestinations).where(eq(auditStreamDestinations.id, before.id));
    return {
      result: { id: before.id },
      audit: {
        action: "audit.stream.deleted",
        target: { type: "siem_destination", id: before.id, label: before.name },
        details: { before: { kind: before.kind, name: before.name, url: before.url }, undeliveredDropped: backlog?.n ?? 0 },
      },
    };
  },
);
