import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { emailChangeRequests } from "@/db/schema";
import { defineAction } from "@/lib/action/define-action";
import { refuse } from "@/lib/action/errors";
import { throttleReauthentication } from "@/lib/action/throttle-reauthentication";
import { mailAfterCommit, type WithMail } from "@/lib/action/mail-after-commit";
import { ZEmail } from "@/lib/validation/identity";
import { lockAccount, requirePasswordMatch, requireSessionCaller } from "./account";
import { isEmailTaken } from "./email-taken";
import { emailChangeLink, hashLinkToken, newLinkToken } from "./links";

export const EMAIL_CHANGE_LIFETIME_HOURS = 24;

export const ZRequestEmailChange = z.object({
  newEmail: ZEmail,
  currentPassword: z.string().max(1024, "Your current password is not correct."),
});

/**
 * Step one of an e-mail change (SPEC §2): the password again, then a single-use link to the new address and a notice
 * to the old one. The address itself changes only when the link is used; a new request replaces a pending one.
 * Exported for the audit-coverage test; forms call `requestEmailChange`, which sends the mail after the commit.
 */
export const requestEmailChangeInTx = defineAction(
  { permission: "profile:update", input: ZRequestEmailChange },
  async ({ input, caller, tx }) => {
    requireSessionCaller(caller);
    const account = await lockAccount(tx, caller);
    await requirePasswordMatch(account, input.currentPassword);
    if (input.newEmail === account.email) throw refuse.invalid({ newEmail: ["This is already your e-mail address."] });
    if (await isEmailTaken(tx, input.newEmail, account.id)) {
      throw refuse.invalid({ newEmail: ["Another account uses this e-mail address."] });
    }
    await tx.delete(emailChangeRequests).where(and(eq(emailChangeRequests.userId, account.id), isNull(emailChangeRequests.usedAt)));
    const token = newLinkToken();
    await tx.insert(emailChangeRequests).values({
      tokenHash: hashLinkToken(token),
      userId: account.id,
      tenantId: caller.tenantId,
      newEmail: input.newEmail,
      expiresAt: new Date(Date.now() + EMAIL_CHANGE_LIFETIME_HOURS * 3600_000),
    });
    const mail: WithMail<unknown>["mail"] = [
      {
        to: input.newEmail,
        subject: "Confirm your new Gatehouse e-mail address",
        text: [
          `Hello ${account.name},`,
          "",
          `Open this link to make ${input.newEmail} the e-mail address of your Gatehouse account:`,
          emailChangeLink(token),
          "",
          `The link works once and expires in ${EMAIL_CHANGE_LIFETIME_HOURS} hours. If you did not ask for this, ignore this message.`,
        ].join("\n"),
      },
      {
        to: account.email,
        subject: "Your Gatehouse e-mail address is about to change",
        text: [
          `Hello ${account.name},`,
          "",
          `Someone signed in as you asked to change your Gatehouse e-mail address to ${input.newEmail}.`,
          `Your address stays ${account.email} until the link sent to the new address is used.`,
          "If this was not you, change your password and sign out your other sessions on your profile page.",
        ].join("\n"),
      },
    ];
    return {
      result: { dto: { pendingEmail: input.newEmail }, mail },
      audit: {
        action: "profile.email_change_requested",
        target: { type: "user", id: account.id, label: account.email },
        details: { newEmail: input.newEmail },
      },
    };
  },
);

export const requestEmailChange = mailAfterCommit(throttleReauthentication(requestEmailChangeInTx, "email_change"));
