import type { AuditEventListItem } from "@/lib/audit/event-dto";
import { WorkspaceLabel } from "./workspace-label";

const ACTOR_TYPES: Record<string, string> = { user: "User", service_account: "Service account", api_key: "API key", system: "System", anonymous: "Anonymous" };

/** The log, newest first. Each row links to its detail panel, keeping the filter and the page in the URL. */
type Props = { events: AuditEventListItem[]; workspaceNames: ReadonlyMap<string, string>; detailHref: (id: number) => string };

export function AuditEventsTable({ events, workspaceNames, detailHref }: Props) {
  if (!events.length) {
    return <p className="text-sm text-muted" data-testid="audit-empty">No audit events match these filters. Widen the time range or clear the filters.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="audit-events">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead>
          <tr className="border-b border-border text-left">
            {["Time", "Category", "Action", "Parameters", "Workspace", "Actor", "IP"].map((h) => (
              <th key={h} scope="col" className="py-2 pr-3 font-semibold">
                {h}
              </th>
            ))}
            <th scope="col" className="py-2">
              <span className="sr-only">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-border align-top">
              <td className="py-2 pr-3 whitespace-nowrap">
                <time dateTime={e.occurredAt}>{e.occurredAtText}</time>
              </td>
              <td className="py-2 pr-3">{e.category}</td>
              <td className="py-2 pr-3">
                {e.sentence}
                <code className="block text-xs text-muted">{e.action}</code>
              </td>
              <td className="py-2 pr-3 break-all">{e.target ?? "—"}</td>
              <td className="py-2 pr-3 break-all">
                <WorkspaceLabel id={e.workspaceId} names={workspaceNames} />
              </td>
              <td className="py-2 pr-3 break-all">
                {e.actor.label ?? "—"}
                <span className="block text-xs text-muted">{ACTOR_TYPES[e.actor.type] ?? e.actor.type}</span>
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{e.ip ?? "—"}</td>
              <td className="py-2">
                <a href={detailHref(e.id)} className="underline" aria-label={`Details of ${e.sentence} at ${e.occurredAtText}`}>
                  Details
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
