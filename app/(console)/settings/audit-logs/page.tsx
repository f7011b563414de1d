import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { DomainError } from "@/lib/action/errors";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { decodeCursor } from "@/lib/audit/event-cursor";
import { filterToParams, parseAuditFilter } from "@/lib/audit/event-filter";
import { getAuditEvent, listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditWorkspaceNames } from "@/lib/audit/workspace-names";
import { getAuditRetention } from "@/lib/audit/retention/get-audit-retention";
import { listStreamDestinations } from "@/lib/audit/stream/list-stream-destinations";
import { AuditEventPanel } from "./audit-event-panel";
import { AuditEventsTable } from "./audit-events-table";
import { AuditFilterForm } from "./audit-filter-form";
import { DestinationCreateForm } from "./destination-create-form";
import { DestinationItem } from "./destination-item";
import { ExportControl } from "./export-control";
import { VerifyChainButton } from "./verify-chain-button";

export const metadata: Metadata = { title: "Audit logs" };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function eventOrNull(...args: Parameters<typeof getAuditEvent>) {
  try {
    return await getAuditEvent(...args);
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") return null;
    throw error;
  }
}

export default async function AuditLogsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await requireCaller();
  if (!callerHas(caller, "audit:read")) notFound();
  const params = await searchParams;
  const { filter, errors } = parseAuditFilter(params);
  const cursorParam = one(params.cursor);
  const page = await listAuditEvents(caller, filter, decodeCursor(cursorParam));
  const eventParam = one(params.event);
  const selected = eventParam ? await eventOrNull(caller, Number(eventParam)) : undefined;
  const workspaceNames = await auditWorkspaceNames(caller, [...page.events.map((e) => e.workspaceId), selected?.workspaceId, filter.workspace]);
  const filterQuery = new URLSearchParams(filterToParams(filter));
  const href = (extra: Record<string, string>) => `/settings/audit-logs?${new URLSearchParams([...filterQuery, ...Object.entries(extra)])}`;
  const here: Record<string, string> = cursorParam ? { cursor: cursorParam } : {};
  const canConfigure = callerHas(caller, "audit:configure");
  const [retention, destinations] = canConfigure ? await Promise.all([getAuditRetention(caller), listStreamDestinations(caller)]) : [undefined, []];

  return (
    <>
      <h1 className="text-2xl font-semibold">Audit logs</h1>
      <Card title="Events" description="Every change, sign-in, export and setting change in this tenant, newest first. Times are in UTC.">
        <div className="flex flex-col gap-4">
          <AuditFilterForm filter={filter} errors={errors} workspaceNames={workspaceNames} />
          {callerHas(caller, "audit:export") ? <ExportControl query={filterQuery.toString()} /> : null}
          {selected ? <AuditEventPanel event={selected} workspaceNames={workspaceNames} closeHref={href(here)} /> : null}
          {selected === null ? <p className="text-sm text-danger">That audit event was not found.</p> : null}
          <AuditEventsTable events={page.events} workspaceNames={workspaceNames} detailHref={(id) => href({ ...here, event: String(id) })} />
          <nav aria-label="Audit log pages" className="flex gap-4 text-sm">
            {page.newerCursor ? (
              <>
                <a href={href({})} className="underline">Newest</a>
                <a href={href({ cursor: page.newerCursor })} className="underline" rel="prev">Newer events</a>
              </>
            ) : null}
            {page.olderCursor ? <a href={href({ cursor: page.olderCursor })} className="underline" rel="next">Older events</a> : null}
          </nav>
        </div>
      </Card>
      <Card title="Tamper evidence" description="Events are append-only and hash-chained. The check recomputes every hash and names the first broken link.">
        <VerifyChainButton />
      </Card>
      {retention ? (
        <Card title="Retention" description="How long audit events are kept before the hourly purge removes them.">
          <p className="text-sm" data-testid="audit-retention">
            Events older than {retention.retentionDays} {retention.retentionDays === 1 ? "day" : "days"} are purged; each purge is itself an
            event, and the chain stays verifiable. Change it in <a href="/settings/general" className="underline">General settings</a>.
          </p>
        </Card>
      ) : null}
      {canConfigure ? (
        <Card title="Streaming to a SIEM" description="Every new event is also delivered to these destinations, with retries. A slow or unreachable SIEM never delays anyone's work here.">
          {destinations.length ? (
            <ul className="mb-6 flex flex-col gap-4">
              {destinations.map((d) => (
                <DestinationItem key={d.id} destination={d} />
              ))}
            </ul>
          ) : (
            <p className="mb-4 text-sm text-muted">No destinations yet. Add a webhook, a Splunk HTTP Event Collector or an Elasticsearch cluster below.</p>
          )}
          <h3 className="mb-2 font-semibold">Add a destination</h3>
          <DestinationCreateForm />
        </Card>
      ) : null}
    </>
  );
}
