import "server-only";
import type { DefinedAction } from "@/lib/action/define-action";
import type { Caller, RequestMeta } from "@/lib/auth/caller";
import { sendInvitationMails, type InvitationMail } from "./invitation-mail";

type WithMails = { mails: InvitationMail[] };
export type Delivered<O extends WithMails> = Omit<O, "mails"> & {
  /** Invitations created but whose mail could not be sent: resend them from the list. */
  mailFailures: { id: string; email: string; message: string }[];
};

/**
 * An invitation action as pages and the API call it: the action commits, then its mails go out, and the tokens
 * never leave the server. A mail that fails is reported per address; its invitation stays (resend it).
 */
export function withInvitationMails<I, O extends WithMails>(action: DefinedAction<I, O>) {
  return {
    permission: action.permission,
    input: action.input,
    async execute(caller: Caller, rawInput: unknown, meta: RequestMeta): Promise<Delivered<O>> {
      const { mails, ...rest } = await action.execute(caller, rawInput, meta);
      const failed = await sendInvitationMails(mails, { tenantName: caller.tenantName, inviter: `${caller.name} (${caller.email})` });
      const mailFailures = mails
        .filter((m) => failed.has(m.invitationId))
        .map((m) => ({ id: m.invitationId, email: m.email, message: "The invitation was created but its e-mail could not be sent; resend it." }));
      return { ...rest, mailFailures };
    },
  };
}
