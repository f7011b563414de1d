import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { tenants } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { markSectionChanged } from "@/lib/settings/mark-section-changed";
import { ZTenantName } from "@/lib/validation/identity";

export const ZUpdateGeneralSettings = z.object({ name: ZTenantName });
export type TUpdateGeneralSettings = z.infer<typeof ZUpdateGeneralSettings>;

/** The tenant's name (the rest of the General page saves through lib/settings). */
export const updateGeneralSettings = defineAction(
  { permission: "settings:update", input: ZUpdateGeneralSettings },
  async ({ input, caller, tx }) => {
    const [before] = await tx
      .select({ name: tenants.name })
      .from(tenants)
      .where(eq(tenants.id, caller.tenantId))
      .for("update");
    if (!before) throw refuse.notFound("The tenant");
    if (before.name === input.name) return { result: { changed: false }, audit: [] };
    const now = new Date();
    await tx.update(tenants).set({ name: input.name, updatedAt: now }).where(eq(tenants.id, caller.tenantId));
    await markSectionChanged(tx, caller, "tenant", now);
    return {
      result: { changed: true },
      audit: {
        action: "settings.general.updated",
        target: { type: "tenant", id: caller.tenantId, label: input.name },
        details: { before: { name: before.name }, after: { name: input.name } },
      },
    };
  },
);
