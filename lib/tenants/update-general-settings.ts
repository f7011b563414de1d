import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { tenants } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { ZTenantName } from "@/lib/validation/identity";

export const ZUpdateGeneralSettings = z.object({ name: ZTenantName });
export type TUpdateGeneralSettings = z.infer<typeof ZUpdateGeneralSettings>;

export const updateGeneralSettings = defineAction(
  { permission: "settings:update", input: ZUpdateGeneralSettings },
  async ({ input, caller, tx }) => {
    const [before] = await tx
      .select({ name: tenants.name })
      .from(tenants)
      .where(eq(tenants.id, caller.tenantId))
      .for("update");
    if (!before) throw refuse.notFound("The tenant");
    await tx.update(tenants).set({ name: input.name, updatedAt: new Date() }).where(eq(tenants.id, caller.tenantId));
    return {
      result: { name: input.name },
      audit: {
        action: "settings.general.updated",
        target: { type: "tenant", id: caller.tenantId, label: input.name },
        details: { before: { name: before.name }, after: { name: input.name } },
      },
    };
  },
);
