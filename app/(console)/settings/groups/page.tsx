import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { listGroups } from "@/lib/groups/list-groups";
import { parsePage } from "@/lib/pagination/page";
import { createGroupAction } from "./actions";

export const metadata: Metadata = { title: "Groups" };

export default async function GroupsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const caller = await requireCaller();
  if (!callerHas(caller, "groups:read")) notFound();
  const groups = await listGroups(caller, parsePage((await searchParams).page));
  const canManage = callerHas(caller, "groups:manage");
  return (
    <>
      <h1 className="text-2xl font-semibold">Groups</h1>
      <p className="text-sm text-muted">Named sets of members. A group can hold a role in any workspace; all its members get it.</p>
      <Card title="All groups" description={`${groups.total} group${groups.total === 1 ? "" : "s"} in this tenant.`}>
        {groups.items.length ? (
          <table className="w-full text-sm" data-testid="groups-table">
            <caption className="sr-only">Groups</caption>
            <thead>
              <tr className="border-b border-border text-left">
                <th scope="col" className="py-2 pr-4">Name</th>
                <th scope="col" className="py-2 pr-4">Description</th>
                <th scope="col" className="py-2 text-right">Members</th>
              </tr>
            </thead>
            <tbody>
              {groups.items.map((g) => (
                <tr key={g.id} className="border-b border-border">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">
                    <Link href={`/settings/groups/${g.id}`} className="text-accent underline">
                      {g.name}
                    </Link>
                    {g.managedBySso ? <Badge>Managed by SSO</Badge> : null}
                  </th>
                  <td className="py-2 pr-4 text-muted">{g.description}</td>
                  <td className="py-2 text-right">{g.memberCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-muted">No groups yet.{canManage ? " Create the first one below." : " An Admin can create them."}</p>
        )}
        <Pagination page={groups.page} pageSize={groups.pageSize} total={groups.total} hrefFor={(p) => `/settings/groups?page=${p}`} />
      </Card>
      {canManage ? (
        <Card title="Create a group" description="Names are unique in the tenant (whatever their case), up to 64 characters.">
          <ActionForm
            action={createGroupAction}
            submitLabel="Create group"
            pendingLabel="Creating…"
            fields={[
              { kind: "text", name: "name", label: "Name", maxLength: 64, required: true },
              { kind: "textarea", name: "description", label: "Description", hint: "Optional, up to 256 characters.", maxLength: 256 },
            ]}
          />
        </Card>
      ) : null}
    </>
  );
}
