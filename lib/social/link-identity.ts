import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { userIdentities } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { SOCIAL_PROVIDERS } from "./social-providers";

export type LinkOutcome = "linked" | "already_linked" | "taken" | "other_linked";

/**
 * Binds a provider identity to the signed-in user. Only the social callback calls this, after the provider vouched for
 * the subject in a flow this very session started; it is never a form action taking a subject from the browser.
 */
export const linkIdentity = defineAction(
  { permission: "profile:update", input: z.object({ provider: z.enum(SOCIAL_PROVIDERS), subject: z.string().min(1).max(200) }) },
  async ({ input, caller, tx }) => {
    const [taken] = await tx
      .select({ userId: userIdentities.userId })
      .from(userIdentities)
      .where(and(eq(userIdentities.provider, input.provider), eq(userIdentities.subject, input.subject)));
    const refused = (outcome: LinkOutcome) => ({ result: { outcome }, audit: [] });
    if (taken) return refused(taken.userId === caller.userId ? "already_linked" : "taken");
    const [own] = await tx.select({ id: userIdentities.id }).from(userIdentities).where(and(eq(userIdentities.userId, caller.userId), eq(userIdentities.provider, input.provider)));
    if (own) return refused("other_linked");
    await tx.insert(userIdentities).values({ userId: caller.userId, provider: input.provider, subject: input.subject });
    return {
      result: { outcome: "linked" as LinkOutcome },
      audit: { action: "identity.linked", target: { type: "user", id: caller.userId, label: caller.email }, details: { provider: input.provider } },
    };
  },
);
