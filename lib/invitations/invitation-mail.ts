import "server-only";
import { TENANT_ROLE_INFO, type TenantRole } from "@/lib/authz/permissions";
import { getConfig } from "@/lib/config/config";
import { sendMail } from "@/lib/mail/transport";

export type InvitationMail = { invitationId: string; email: string; token: string; role: TenantRole; expiresAt: Date };

/** Mails in flight at once: enough for a batch of hundreds in seconds, gentle on a small SMTP relay. */
const CONCURRENT_MAILS = 10;

/** The link is built from the configured public address only, never from the request's Host header. */
export function invitationLink(token: string): string {
  return new URL(`/invite/${token}`, getConfig().appUrl).toString();
}

function compose(mail: InvitationMail, from: { tenantName: string; inviter: string }) {
  const role = TENANT_ROLE_INFO[mail.role].label;
  return {
    to: mail.email,
    subject: `You are invited to ${from.tenantName} on Gatehouse`,
    text: [
      `${from.inviter} invited you to join ${from.tenantName} as ${role}.`,
      "",
      `Accept the invitation: ${invitationLink(mail.token)}`,
      "",
      `The link works once and until ${mail.expiresAt.toISOString().replace("T", " ").slice(0, 16)} UTC.`,
      "If you did not expect this invitation, ignore this e-mail.",
    ].join("\n"),
  };
}

/** Sends each mail (after the invitations are committed); returns the invitation ids whose mail failed. */
export async function sendInvitationMails(mails: readonly InvitationMail[], from: { tenantName: string; inviter: string }): Promise<Set<string>> {
  const failed = new Set<string>();
  let next = 0;
  const worker = async () => {
    while (next < mails.length) {
      const mail = mails[next++]!;
      try {
        await sendMail(compose(mail, from));
      } catch (error) {
        failed.add(mail.invitationId);
        console.error(`[mail] invitation ${mail.invitationId} not delivered: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_MAILS, mails.length) }, worker));
  return failed;
}
