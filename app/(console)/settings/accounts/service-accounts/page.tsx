import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { MembersTabs } from "@/components/members/members-tabs";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { TENANT_ROLE_INFO, TENANT_ROLES, WORKSPACE_ROLE_INFO, WORKSPACE_ROLES } from "@/lib/authz/permissions";
import { visibleMembersTabs } from "@/lib/members/visible-tabs";
import { listServiceAccounts } from "@/lib/service-accounts/list-service-accounts";
import { createServiceAccountAction, searchWorkspacesForServiceAccount } from "./actions";

export const metadata: Metadata = { title: "Service accounts" };

const ROLE_OPTIONS = TENANT_ROLES.map((r) => ({ value: r, label: TENANT_ROLE_INFO[r].label }));

export default async function ServiceAccountsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const caller = await requireCaller();
  if (!callerHas(caller, "service_accounts:read")) notFound();
  const { cursor } = await searchParams;
  const accounts = await listServiceAccounts(caller, { cursor });
  const canManage = callerHas(caller, "service_accounts:manage");
  return (
    <>
      <h1 className="text-2xl font-semibold">Accounts</h1>
      <MembersTabs current="service-accounts" visible={visibleMembersTabs(caller)} />
      <Card title="Service accounts" description="Non-human principals: they act only through API keys that Admins create, and never sign in.">
        {accounts.data.length ? (
          <table className="w-full text-sm" data-testid="service-accounts-table">
            <caption className="sr-only">Service accounts</caption>
            <thead>
              <tr className="border-b border-border text-left">
                <th scope="col" className="py-2 pr-4">Name</th>
                <th scope="col" className="py-2 pr-4">Description</th>
                <th scope="col" className="py-2 pr-4">Role</th>
                <th scope="col" className="py-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {accounts.data.map((a) => (
                <tr key={a.id} className="border-b border-border">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">
                    <Link href={`/settings/accounts/service-accounts/${a.id}`} className="text-accent underline">
                      {a.name}
                    </Link>
                  </th>
                  <td className="py-2 pr-4 text-muted">{a.description}</td>
                  <td className="py-2 pr-4">{TENANT_ROLE_INFO[a.role].label}</td>
                  <td className="py-2">{a.status === "active" ? "Active" : <Badge>Inactive</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-muted">No service accounts yet.</p>
        )}
        <Pager basePath="/settings/accounts/service-accounts" cursor={cursor} nextCursor={accounts.nextCursor} label="Service account pages" />
      </Card>
      {canManage ? (
        <Card title="Create a service account" description="Give it the smallest role that does the job; add API keys on its page.">
          <ActionForm
            action={createServiceAccountAction}
            submitLabel="Create service account"
            pendingLabel="Creating…"
            testId="create-service-account"
            fields={[
              { kind: "text", name: "name", label: "Name", maxLength: 64, required: true },
              { kind: "textarea", name: "description", label: "Description", hint: "Optional, up to 256 characters.", maxLength: 256 },
              { kind: "select", name: "role", label: "Tenant role", options: ROLE_OPTIONS, defaultValue: "consumer" },
              { kind: "picker", name: "workspaceIds", label: "Workspaces (optional)", hint: "Shared workspaces to give it a role in.", search: searchWorkspacesForServiceAccount, multiple: true },
              { kind: "select", name: "workspaceRole", label: "Role in each workspace", options: WORKSPACE_ROLES.map((r) => ({ value: r, label: WORKSPACE_ROLE_INFO[r].label })), defaultValue: "viewer" },
            ]}
          />
        </Card>
      ) : null}
    </>
  );
}
