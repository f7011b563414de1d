import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MembersTabs } from "@/components/members/members-tabs";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DomainError } from "@/lib/action/errors";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { chosenMemberFilterGroup } from "@/lib/directory/pickers";
import { TENANT_ROLE_INFO } from "@/lib/authz/permissions";
import { formatDateTime } from "@/lib/format/date-time";
import { listMembers } from "@/lib/members/list-members";
import { visibleMembersTabs } from "@/lib/members/visible-tabs";
import { MembersFilterForm, type MemberFilterValues } from "./members-filter-form";

export const metadata: Metadata = { title: "Accounts" };

const FILTER_KEYS = ["q", "status", "role", "group", "sort", "dir"] as const;
type Search = Partial<Record<(typeof FILTER_KEYS)[number] | "cursor" | "notice", string | string[]>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function MembersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const caller = await requireCaller();
  if (!callerHas(caller, "members:read")) notFound();
  const params = await searchParams;
  const values: MemberFilterValues = Object.fromEntries(FILTER_KEYS.map((k) => [k, first(params[k])]).filter(([, v]) => v));
  const cursor = first(params.cursor);
  let errors;
  let page;
  try {
    page = await listMembers(caller, { ...values, cursor });
  } catch (error) {
    if (!(error instanceof DomainError) || !error.fieldErrors) throw error;
    errors = error.fieldErrors;
    page = await listMembers(caller);
  }
  const groupFilter = { available: callerHas(caller, "groups:read"), chosen: await chosenMemberFilterGroup(caller, values.group) };
  const filterQuery = new URLSearchParams(Object.entries(values) as [string, string][]);
  const nextHref = page.nextCursor ? `/settings/accounts?${new URLSearchParams([...filterQuery, ["cursor", page.nextCursor]])}` : null;
  const firstHref = `/settings/accounts${filterQuery.size ? `?${filterQuery}` : ""}`;
  return (
    <>
      <h1 className="text-2xl font-semibold">Accounts</h1>
      <MembersTabs current="users" visible={visibleMembersTabs(caller)} />
      {first(params.notice) === "removed" ? (
        <p role="status" className="text-sm">
          The member was removed from the tenant.
        </p>
      ) : null}
      <Card title="Users" description="Everyone in this tenant. Service accounts and pending invitations have their own tabs.">
        <MembersFilterForm values={values} groupFilter={groupFilter} errors={errors} />
        {page.data.length ? (
          <table className="mt-6 w-full text-sm" data-testid="members-table">
            <caption className="sr-only">Members</caption>
            <thead>
              <tr className="border-b border-border text-left">
                <th scope="col" className="py-2 pr-4">Name</th>
                <th scope="col" className="py-2 pr-4">E-mail</th>
                <th scope="col" className="py-2 pr-4">Role</th>
                <th scope="col" className="py-2 pr-4">Status</th>
                <th scope="col" className="py-2 pr-4">Groups</th>
                <th scope="col" className="py-2">Last sign-in</th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((m) => (
                <tr key={m.id} className="border-b border-border" data-testid="member-row">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">
                    <Link href={`/settings/accounts/${m.id}`} className="text-accent underline">
                      {m.name}
                    </Link>
                  </th>
                  <td className="py-2 pr-4 text-muted">{m.email}</td>
                  <td className="py-2 pr-4">{TENANT_ROLE_INFO[m.role].label}</td>
                  <td className="py-2 pr-4">{m.status === "active" ? "Active" : <Badge>Inactive</Badge>}</td>
                  <td className="py-2 pr-4">{m.groups.map((g) => g.name).join(", ") || <span className="text-muted">—</span>}</td>
                  <td className="py-2">{m.lastSignInAt ? formatDateTime(new Date(m.lastSignInAt), caller.displayFormat) : <span className="text-muted">Never</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-6 text-sm text-muted">No member matches these filters.</p>
        )}
        {cursor || nextHref ? (
          <nav aria-label="Member pages" className="mt-4 flex gap-4 text-sm">
            {cursor ? (
              <Link href={firstHref} className="underline">
                First page
              </Link>
            ) : null}
            {nextHref ? (
              <Link href={nextHref} className="underline">
                Next page
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>
    </>
  );
}
