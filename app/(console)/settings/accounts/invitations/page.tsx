import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { INVITATION_FILTERS, listInvitations, ZInvitationFilter, type InvitationFilter } from "@/lib/invitations/list-invitations";
import { parsePage } from "@/lib/pagination/page";
import { InvitationsTable } from "./invitations-table";

export const metadata: Metadata = { title: "Invitations" };

const FILTER_LABELS: Record<InvitationFilter, string> = {
  open: "Pending",
  invited: "Invited",
  expired: "Expired",
  accepted: "Accepted",
  cancelled: "Cancelled",
  all: "All",
};

export default async function InvitationsPage({ searchParams }: { searchParams: Promise<{ page?: string; status?: string }> }) {
  const caller = await requireCaller();
  if (!callerHas(caller, "members:read")) notFound();
  const params = await searchParams;
  const filter = ZInvitationFilter.catch("open").parse(params.status);
  const invitations = await listInvitations(caller, { page: parsePage(params.page), filter });
  const canInvite = callerHas(caller, "members:invite");
  const href = (f: InvitationFilter, page = 1) => `/settings/accounts/invitations?status=${f}${page > 1 ? `&page=${page}` : ""}`;
  return (
    <>
      <BackLink href="/settings/accounts" label="Back to members" />
      <h1 className="text-2xl font-semibold">Invitations</h1>
      <p className="text-sm text-muted">People invited to this tenant. A link works once and until it expires; resend gives a new link and kills the old one.</p>
      {canInvite ? (
        <p>
          <Link href="/settings/accounts/invitations/new" className="inline-flex w-fit items-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg">
            Invite users
          </Link>
        </p>
      ) : null}
      <Card title="Invitations" description={`${invitations.total} invitation${invitations.total === 1 ? "" : "s"} shown by this filter.`}>
        <nav aria-label="Filter invitations" className="mb-4 flex flex-wrap gap-3 text-sm">
          {INVITATION_FILTERS.map((f) => (
            <Link key={f} href={href(f)} aria-current={f === filter ? "page" : undefined} className={f === filter ? "font-semibold underline" : "text-accent underline"}>
              {FILTER_LABELS[f]}
            </Link>
          ))}
        </nav>
        {invitations.items.length ? (
          <InvitationsTable invitations={invitations.items} canManage={canInvite} format={caller.displayFormat} />
        ) : (
          <p className="text-sm text-muted">No invitations here.{canInvite ? " Use “Invite users” to invite people by e-mail." : ""}</p>
        )}
        <Pagination page={invitations.page} pageSize={invitations.pageSize} total={invitations.total} hrefFor={(p) => href(filter, p)} />
      </Card>
    </>
  );
}
