import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { ZPersonName, ZUsername } from "@/lib/validation/identity";
import { lockAccount, requireSessionCaller } from "./account";

export const ZUpdateProfile = z.object({ name: ZPersonName, username: ZUsername });

const usernameTaken = () => refuse.invalid({ username: ["This username is taken. Choose another."] });

/** Name and username (unique in the deployment). Saving unchanged values writes and records nothing. */
export const updateProfile = defineAction({ permission: "profile:update", input: ZUpdateProfile }, async ({ input, caller, tx }) => {
  requireSessionCaller(caller);
  const account = await lockAccount(tx, caller);
  const before = { name: account.name, username: account.username };
  const after = { name: input.name, username: input.username };
  if (before.name === after.name && before.username === after.username) return { result: after, audit: [] };
  const [holder] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.username, input.username), ne(users.id, account.id)));
  if (holder) throw usernameTaken();
  try {
    await tx.update(users).set({ ...after, updatedAt: new Date() }).where(eq(users.id, account.id));
  } catch (error) {
    if (isUniqueViolation(error)) throw usernameTaken();
    throw error;
  }
  return {
    result: after,
    audit: { action: "profile.updated", target: { type: "user", id: account.id, label: account.email }, details: { before, after } },
  };
});
