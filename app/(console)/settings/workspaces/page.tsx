import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { PersonalToggle } from "@/components/workspaces/personal-toggle";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { WORKSPACE_ROLE_INFO } from "@/lib/authz/permissions";
import { parsePage } from "@/lib/pagination/page";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";
import { createWorkspaceAction } from "./actions";

export const metadata: Metadata = { title: "Workspaces" };

type Props = { searchParams: Promise<{ page?: string; personal?: string }> };

export default async function WorkspacesPage({ searchParams }: Props) {
  const caller = await requireCaller();
  if (!callerHas(caller, "workspaces:read")) notFound();
  const query = await searchParams;
  const seesAll = callerHas(caller, "workspaces:read_all");
  const includePersonal = seesAll && query.personal === "1";
  const list = await listWorkspaces(caller, { includePersonal, page: parsePage(query.page) });
  return (
    <>
      <h1 className="text-2xl font-semibold">Workspaces</h1>
      <p className="text-sm text-muted">
        {seesAll ? "Every workspace of the tenant; as an Admin you are Owner in each." : "The workspaces where you hold a role, directly or through a group."}
      </p>
      <Card title="Workspaces" description={`${list.total} workspace${list.total === 1 ? "" : "s"}.`}>
        {seesAll ? (
          <PersonalToggle checked={includePersonal} label="Include personal workspaces" />
        ) : null}
        <table className="w-full text-sm" data-testid="workspaces-table">
          <caption className="sr-only">Workspaces</caption>
          <thead>
            <tr className="border-b border-border text-left">
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Display name</th>
              <th scope="col" className="py-2 pr-4">Your role</th>
              <th scope="col" className="py-2 text-right">Members</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((w) => (
              <tr key={w.id} className="border-b border-border">
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  <Link href={`/settings/workspaces/${w.name}`} className="text-accent underline">
                    {w.name}
                  </Link>
                  {w.personal ? <Badge>Personal</Badge> : null}
                </th>
                <td className="py-2 pr-4">{w.displayName}</td>
                <td className="py-2 pr-4">{WORKSPACE_ROLE_INFO[w.role].label}</td>
                <td className="py-2 text-right">{w.memberCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          hrefFor={(p) => `/settings/workspaces?page=${p}${includePersonal ? "&personal=1" : ""}`}
        />
      </Card>
      {callerHas(caller, "workspaces:create") ? (
        <Card title="Create a workspace" description="You become its Owner.">
          <ActionForm
            action={createWorkspaceAction}
            submitLabel="Create workspace"
            pendingLabel="Creating…"
            fields={[
              { kind: "text", name: "name", label: "Name", hint: "Lowercase letters, digits and hyphens; unique in the tenant. It is the workspace's address.", maxLength: 64, required: true },
              { kind: "text", name: "displayName", label: "Display name", maxLength: 64, required: true },
              { kind: "textarea", name: "description", label: "Description", hint: "Optional, up to 256 characters.", maxLength: 256 },
            ]}
          />
        </Card>
      ) : null}
    </>
  );
}
