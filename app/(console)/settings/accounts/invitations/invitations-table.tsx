import { ActionForm } from "@/components/forms/action-form";
import { TENANT_ROLE_INFO } from "@/lib/authz/permissions";
import { formatDateTime, type DisplayFormat } from "@/lib/format/date-time";
import { INVITATION_STATE_LABELS, type InvitationDto } from "@/lib/invitations/invitation-dto";
import { cancelInvitationAction, resendInvitationAction } from "./actions";

/** The invitations with their state; an Admin resends or cancels the pending ones (expired included). */
export function InvitationsTable({ invitations, canManage, format }: { invitations: InvitationDto[]; canManage: boolean; format: DisplayFormat }) {
  return (
    <table className="w-full text-sm" data-testid="invitations-table">
      <caption className="sr-only">Invitations</caption>
      <thead>
        <tr className="border-b border-border text-left">
          <th scope="col" className="py-2 pr-4">E-mail</th>
          <th scope="col" className="py-2 pr-4">Role</th>
          <th scope="col" className="py-2 pr-4">Invited by</th>
          <th scope="col" className="py-2 pr-4">Sent</th>
          <th scope="col" className="py-2 pr-4">Expires</th>
          <th scope="col" className="py-2 pr-4">Status</th>
          {canManage ? <th scope="col" className="py-2"><span className="sr-only">Actions</span></th> : null}
        </tr>
      </thead>
      <tbody>
        {invitations.map((i) => {
          const pending = i.status === "invited" || i.status === "expired";
          return (
            <tr key={i.id} className="border-b border-border align-top" data-testid="invitation-row">
              <th scope="row" className="py-2 pr-4 text-left font-normal">{i.email}</th>
              <td className="py-2 pr-4">{TENANT_ROLE_INFO[i.role].label}</td>
              <td className="py-2 pr-4">{i.invitedBy}</td>
              <td className="py-2 pr-4">
                {formatDateTime(new Date(i.sentAt), format)}
                {i.resentCount ? <span className="block text-xs text-muted">resent {i.resentCount}×</span> : null}
              </td>
              <td className="py-2 pr-4">{pending ? formatDateTime(new Date(i.expiresAt), format) : "—"}</td>
              <td className="py-2 pr-4" data-testid="invitation-status">{INVITATION_STATE_LABELS[i.status]}</td>
              {canManage ? (
                <td className="py-2">
                  {pending ? (
                    <div className="flex flex-wrap gap-2">
                      <ActionForm inline action={resendInvitationAction} submitLabel="Resend" pendingLabel="Sending…" variant="secondary" fields={[{ kind: "hidden", name: "id", value: i.id }]} />
                      <ActionForm
                        inline
                        action={cancelInvitationAction}
                        submitLabel="Cancel invitation"
                        pendingLabel="Cancelling…"
                        variant="danger"
                        confirm={`Cancel the invitation of ${i.email}? Its link stops working.`}
                        fields={[{ kind: "hidden", name: "id", value: i.id }]}
                      />
                    </div>
                  ) : null}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
