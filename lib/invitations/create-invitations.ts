import "server-only";
import { invitations } from "@/db/schema";
import { actorOf, defineAction } from "@/lib/action/define-action";
import type { AuditEntry } from "@/lib/audit/record";
import { ZInviteBatch } from "@/lib/validation/invitations";
import { classifyAddresses, refusal, type RefusedAddress } from "./classify-addresses";
import { checkGrants, invitationExpiry, storeGrants } from "./grants";
import { newInvitationToken } from "./invitation-token";
import type { InvitationMail } from "./invitation-mail";

export type CreatedInvitations = {
  invited: { id: string; email: string }[];
  refused: RefusedAddress[];
  /** For the mails sent after commit (lib/invitations/with-invitation-mails.ts); never returned to a client. */
  mails: InvitationMail[];
};

/**
 * One invitation per valid address of the batch, each with its own single-use link, all in one transaction with one
 * `invitation.created` event per address. Invalid, repeated, member, already invited and out-of-domain addresses are
 * reported, not invited; the rest go ahead.
 */
export const createInvitations = defineAction({ permission: "members:invite", input: ZInviteBatch }, async ({ input, caller, tx }) => {
  const grants = await checkGrants(tx, caller, input);
  const { valid, refused } = await classifyAddresses(tx, caller.tenantId, input.emails);
  if (!valid.length) return { result: { invited: [], refused, mails: [] } satisfies CreatedInvitations, audit: [] };

  const expiresAt = await invitationExpiry(tx, caller.tenantId);
  const actor = actorOf(caller);
  const tokens = new Map(valid.map((email) => [email, newInvitationToken()]));
  // From a JS Date (milliseconds), so the API's (created_at, id) cursor is exact.
  const createdAt = new Date();
  // An invitation created meanwhile by someone else hits the one-pending-per-address index: reported, not an error.
  const rows = await tx
    .insert(invitations)
    .values(
      valid.map((email) => ({
        tenantId: caller.tenantId,
        email,
        role: grants.role,
        tokenHash: tokens.get(email)!.tokenHash,
        expiresAt,
        invitedByUserId: caller.userId,
        invitedByLabel: actor.label ?? caller.email,
        createdAt,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: invitations.id, email: invitations.email, expiresAt: invitations.expiresAt });
  const created = new Set(rows.map((r) => r.email));
  await storeGrants(tx, caller.tenantId, rows.map((r) => r.id), grants);

  const details = { role: grants.role, groupIds: grants.groupIds, workspaces: grants.workspaces };
  const audit: AuditEntry[] = rows.map((row) => ({ action: "invitation.created", target: { type: "invitation", id: row.id, label: row.email }, details: { ...details, expiresAt: row.expiresAt.toISOString() } }));
  const result: CreatedInvitations = {
    invited: rows.map(({ id, email }) => ({ id, email })),
    refused: [...refused, ...valid.filter((email) => !created.has(email)).map((email) => refusal(email, "already_invited"))],
    mails: rows.map((row) => ({ invitationId: row.id, email: row.email, token: tokens.get(row.email)!.token, role: grants.role, expiresAt: row.expiresAt })),
  };
  return { result, audit };
});
