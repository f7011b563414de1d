import { revokeOtherSessionsAction, revokeSessionAction } from "@/app/(console)/settings/profile/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime, type DisplayFormat } from "@/lib/format/date-time";
import type { OwnSessionDto } from "@/lib/profile/list-own-sessions";

/** The caller's sessions in this tenant; any other one can be signed out, or all of them at once. */
export function SessionsCard({ sessions, displayFormat }: { sessions: OwnSessionDto[]; displayFormat: DisplayFormat }) {
  const others = sessions.filter((s) => !s.current).length;
  return (
    <Card title="Sessions" description="Where you are signed in to this tenant. Revoke a session to sign it out (it ends on its next request), or sign out everywhere else at once.">
      <table className="w-full text-sm" data-testid="sessions-table">
        <caption className="sr-only">Your sessions</caption>
        <thead>
          <tr className="border-b border-border text-left">
            <th scope="col" className="py-2 pr-4">Device</th>
            <th scope="col" className="py-2 pr-4">IP address</th>
            <th scope="col" className="py-2 pr-4">Signed in</th>
            <th scope="col" className="py-2 pr-4">Last seen</th>
            <th scope="col" className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id} className="border-b border-border" data-testid="session-row">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                {s.browser} on {s.os}
                {s.current ? <Badge>This device</Badge> : null}
              </th>
              <td className="py-2 pr-4">{s.ip ?? "unknown"}</td>
              <td className="py-2 pr-4">{formatDateTime(s.createdAt, displayFormat)}</td>
              <td className="py-2 pr-4">{formatDateTime(s.lastSeenAt, displayFormat)}</td>
              <td className="py-2 text-right">
                {s.current ? null : (
                  <ActionForm
                    inline
                    action={revokeSessionAction}
                    submitLabel="Revoke"
                    variant="secondary"
                    confirm={`Sign out ${s.browser} on ${s.os}?`}
                    fields={[{ kind: "hidden", name: "sessionId", value: s.id }]}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {others > 0 ? (
        <div className="mt-4">
          <ActionForm
            action={revokeOtherSessionsAction}
            submitLabel="Revoke all other sessions"
            variant="danger"
            confirm={`Sign out your ${others} other session${others === 1 ? "" : "s"}?`}
            fields={[]}
            testId="sign-out-others-form"
          />
        </div>
      ) : (
        <p className="mt-4 text-sm text-muted">This is your only session in this tenant.</p>
      )}
    </Card>
  );
}
