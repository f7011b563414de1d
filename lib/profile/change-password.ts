import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { sessions, users } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse, type FieldErrors } from "@/lib/action/errors";
import { throttleReauthentication } from "@/lib/action/throttle-reauthentication";
import { mailAfterCommit, type WithMail } from "@/lib/action/mail-after-commit";
import { hashPassword } from "@/lib/auth/password-hash";
import { passwordProblems, ZNewPassword } from "@/lib/validation/password";
import { lockAccount, requirePasswordMatch, requireSessionCaller } from "./account";
import { passwordMinLengthFor } from "./password-min-length";

export const ZChangePassword = z.object({
  currentPassword: z.string().max(1024, "Your current password is not correct."),
  newPassword: ZNewPassword,
  confirmPassword: z.string().max(1024),
});

/**
 * Current password, then the new one twice, checked against the policy with the strictest tenant minimum. Every other
 * session of the user (in every tenant) ends; this one stays. A notice goes to the account's address.
 * Exported for the audit-coverage test; forms call `changePassword`, which sends the notice after the commit.
 */
export const changePasswordInTx = defineAction({ permission: "profile:update", input: ZChangePassword }, async ({ input, caller, tx }) => {
  const session = requireSessionCaller(caller);
  const account = await lockAccount(tx, caller);
  await requirePasswordMatch(account, input.currentPassword);
  const fieldErrors: FieldErrors = {};
  const problems = passwordProblems(input.newPassword, account, { minLength: await passwordMinLengthFor(tx, account.id) });
  if (problems.length) fieldErrors.newPassword = problems;
  else if (input.newPassword === input.currentPassword) fieldErrors.newPassword = ["Choose a password that differs from your current one."];
  if (input.confirmPassword !== input.newPassword) fieldErrors.confirmPassword = ["The two new passwords do not match."];
  if (Object.keys(fieldErrors).length) throw refuse.invalid(fieldErrors, "Nothing was changed.");

  await tx.update(users).set({ passwordHash: await hashPassword(input.newPassword), updatedAt: new Date() }).where(eq(users.id, account.id));
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, account.id), ne(sessions.idHash, session.sessionIdHash)))
    .returning({ idHash: sessions.idHash });
  const mail: WithMail<unknown>["mail"] = [
    {
      to: account.email,
      subject: "Your Gatehouse password was changed",
      text: [
        `Hello ${account.name},`,
        "",
        "The password of your Gatehouse account was just changed, and every other session of yours was signed out.",
        "If you did not do this, reset your password at once and tell your administrator.",
      ].join("\n"),
    },
  ];
  return {
    result: { dto: { otherSessionsEnded: ended.length }, mail },
    audit: { action: "profile.password_changed", target: { type: "user", id: account.id, label: account.email }, details: { otherSessionsEnded: ended.length } },
  };
});

export const changePassword = mailAfterCommit(throttleReauthentication(changePasswordInTx, "password_change"));
