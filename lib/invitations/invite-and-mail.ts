import "server-only";
import { createInvitations } from "./create-invitations";
import { resendInvitation } from "./resend-invitation";
import { withInvitationMails } from "./with-invitation-mails";

/** What pages and the API call: the actions, then their mails after commit. */
export const inviteAndMail = withInvitationMails(createInvitations);
export const resendAndMail = withInvitationMails(resendInvitation);
