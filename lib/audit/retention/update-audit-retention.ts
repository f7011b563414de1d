import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { tenantSettings } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";

export const MAX_RETENTION_DAYS = 3650;

export const ZUpdateAuditRetention = z.object({
  retentionDays: z.coerce
    .number({ message: "Enter a number of days." })
    .int("Enter a whole number of days.")
    .min(1, "Keep audit events for at least 1 day.")
    .max(MAX_RETENTION_DAYS, `Keep audit events for at most ${MAX_RETENTION_DAYS} days.`),
});
export type TUpdateAuditRetention = z.infer<typeof ZUpdateAuditRetention>;

export const updateAuditRetention = defineAction(
  { permission: "audit:configure", input: ZUpdateAuditRetention },
  async ({ input, caller, tx }) => {
    const [before] = await tx
      .select({ retentionDays: tenantSettings.auditRetentionDays })
      .from(tenantSettings)
      .where(eq(tenantSettings.tenantId, caller.tenantId))
      .for("update");
    if (!before) throw refuse.notFound("The tenant");
    await tx
      .update(tenantSettings)
      .set({ auditRetentionDays: input.retentionDays, updatedAt: new Date() })
      .where(eq(tenantSettings.tenantId, caller.tenantId));
    return {
      result: { retentionDays: input.retentionDays },
      audit: {
        action: "audit.retention.updated",
        target: { type: "tenant", id: caller.tenantId, label: caller.tenantName },
        details: { before: { retentionDays: before.retentionDays }, after: { retentionDays: input.retentionDays } },
      },
    };
  },
);
