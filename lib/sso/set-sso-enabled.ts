import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { ssoConnections } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { markSectionChanged } from "@/lib/settings/mark-section-changed";
import { ZCheckbox } from "@/lib/validation/form-fields";

/** Turns SSO sign-in on or off; on only after a successful test of the current configuration. */
export const setSsoEnabled = defineAction({ permission: "security:update", input: z.object({ enabled: ZCheckbox }) }, async ({ input, caller, tx }) => {
  const [current] = await tx.select().from(ssoConnections).where(eq(ssoConnections.tenantId, caller.tenantId)).for("update");
  if (!current) throw refuse.invalid({ enabled: ["Configure an identity provider first."] });
  if (current.enabled === input.enabled) return { result: { changed: false }, audit: [] };
  if (input.enabled && !current.testedAt) {
    throw refuse.invalid({ enabled: ["Test the connection successfully before enabling it."] });
  }
  const now = new Date();
  await tx.update(ssoConnections).set({ enabled: input.enabled }).where(eq(ssoConnections.tenantId, caller.tenantId));
  await markSectionChanged(tx, caller, "sso_connection", now);
  return {
    result: { changed: true },
    audit: { action: input.enabled ? "sso.connection.enabled" : "sso.connection.disabled", target: { type: "tenant", id: caller.tenantId, label: caller.tenantName }, details: { protocol: current.protocol } },
  };
});
