import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { ssoConnections } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";

/**
 * The outcome of an Admin's "test connection" run: a success unlocks enabling. `updatedAt` guards against a test that
 * started before the configuration changed.
 */
export const recordSsoTest = defineAction(
  {
    permission: "security:update",
    input: z.object({ ok: z.boolean(), summary: z.string().max(500), configuredAt: z.number() }),
  },
  async ({ input, caller, tx }) => {
    const [current] = await tx.select().from(ssoConnections).where(eq(ssoConnections.tenantId, caller.tenantId)).for("update");
    if (!current) throw refuse.notFound("The SSO configuration");
    const stale = current.updatedAt.getTime() > input.configuredAt;
    const ok = input.ok && !stale;
    const summary = stale ? "The configuration changed during the test; test again." : input.summary;
    await tx.update(ssoConnections).set({ testedAt: ok ? new Date() : null, lastTestResult: `${ok ? "Succeeded" : "Failed"}: ${summary}` }).where(eq(ssoConnections.tenantId, caller.tenantId));
    return { result: { ok }, audit: { action: "sso.connection.tested", target: { type: "tenant", id: caller.tenantId, label: caller.tenantName }, details: { ok, protocol: current.protocol, summary } } };
  },
);
