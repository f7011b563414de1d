import type { AuditEventDetail } from "@/lib/audit/event-dto";
import { WorkspaceLabel } from "./workspace-label";

type Change = { field: string; before: unknown; after: unknown };

/** Before/after pairs for the common `{ before: {...}, after: {...} }` shape; anything else is shown as JSON. */
function changesOf(details: Record<string, unknown>): Change[] | undefined {
  const { before, after } = details as { before?: Record<string, unknown>; after?: Record<string, unknown> };
  if (!before && !after) return undefined;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => ({ field, before: before?.[field], after: after?.[field] }));
}

const show = (v: unknown) => (v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

type Props = { event: AuditEventDetail; workspaceNames: ReadonlyMap<string, string>; closeHref: string };

export function AuditEventPanel({ event, workspaceNames, closeHref }: Props) {
  const changes = changesOf(event.details);
  const { before: _b, after: _a, ...rest } = event.details;
  const extra = changes ? rest : event.details;
  return (
    <section aria-labelledby="event-detail-title" className="rounded-lg border border-border bg-card p-6" data-testid="audit-event-panel">
      <div className="flex items-start justify-between gap-4">
        <h2 id="event-detail-title" className="text-lg font-semibold">
          {event.actor.label ?? "Someone"} {event.sentence}
        </h2>
        <a href={closeHref} className="text-sm underline">
          Close details
        </a>
      </div>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">Time</dt>
        <dd>
          <time dateTime={event.occurredAt}>{event.occurredAtText}</time>
        </dd>
        <dt className="text-muted">Action</dt>
        <dd>
          <code>{event.action}</code> ({event.category})
        </dd>
        <dt className="text-muted">Parameters</dt>
        <dd className="break-all">{event.target ?? "—"}</dd>
        <dt className="text-muted">Workspace</dt>
        <dd className="break-all">
          <WorkspaceLabel id={event.workspaceId} names={workspaceNames} />
          {event.workspaceId ? <code className="block text-xs text-muted">{event.workspaceId}</code> : null}
        </dd>
        <dt className="text-muted">Actor</dt>
        <dd className="break-all">
          {event.actor.label ?? "—"} ({event.actor.type})
        </dd>
        <dt className="text-muted">IP</dt>
        <dd>{event.ip ?? "—"}</dd>
        <dt className="text-muted">User agent</dt>
        <dd className="break-all">{event.userAgent ?? "—"}</dd>
        <dt className="text-muted">Chain</dt>
        <dd className="break-all">
          event #{event.seq}, hash <code className="text-xs">{event.hash}</code>
        </dd>
      </dl>
      {changes ? (
        <table className="mt-4 w-full border-collapse text-sm" data-testid="audit-event-changes">
          <caption className="text-left font-semibold">What changed</caption>
          <thead>
            <tr className="border-b border-border text-left">
              <th scope="col" className="py-1 pr-3">Field</th>
              <th scope="col" className="py-1 pr-3">Before</th>
              <th scope="col" className="py-1">After</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field} className="border-b border-border">
                <th scope="row" className="py-1 pr-3 text-left font-normal">{c.field}</th>
                <td className="py-1 pr-3 break-all">{show(c.before)}</td>
                <td className="py-1 break-all">{show(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {Object.keys(extra).length ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">Details</h3>
          <pre className="mt-1 overflow-x-auto rounded-md bg-bg p-3 text-xs">{JSON.stringify(extra, null, 2)}</pre>
        </div>
      ) : null}
    </section>
  );
}
