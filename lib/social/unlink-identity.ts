import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { userIdentities, users } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { DomainError, refuse } from "@/lib/action/errors";
import { SOCIAL_PROVIDERS } from "./social-providers";

/** Removes one of the caller's social identities, unless it is their last way to sign in (no password, no other identity). */
export const unlinkIdentity = defineAction({ permission: "profile:update", input: z.object({ provider: z.enum(SOCIAL_PROVIDERS) }) }, async ({ input, caller, tx }) => {
  // Locks the user row: two unlinks at once cannot each believe the other identity is still there.
  const [user] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, caller.userId)).for("update");
  const [identity] = await tx.select({ id: userIdentities.id }).from(userIdentities).where(and(eq(userIdentities.userId, caller.userId), eq(userIdentities.provider, input.provider)));
  if (!user || !identity) throw refuse.notFound("The linked account");
  const [other] = await tx.select({ id: userIdentities.id }).from(userIdentities).where(and(eq(userIdentities.userId, caller.userId), ne(userIdentities.id, identity.id))).limit(1);
  if (!user.passwordHash && !other) throw new DomainError("invariant_violation", "This is your only way to sign in. Set a password or link another account first.");
  await tx.delete(userIdentities).where(eq(userIdentities.id, identity.id));
  return {
    result: { unlinked: true },
    audit: { action: "identity.unlinked", target: { type: "user", id: caller.userId, label: caller.email }, details: { provider: input.provider } },
  };
});
