import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GrantList } from "@/components/access/grant-list";
import { ActionForm } from "@/components/forms/action-form";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireCaller } from "@/lib/auth/current-caller";
import { WORKSPACE_ROLE_INFO, workspaceRoleHas } from "@/lib/authz/permissions";
import { parsePage } from "@/lib/pagination/page";
import { getWorkspace } from "@/lib/workspaces/get-workspace";
import { deleteWorkspaceAction, leaveWorkspaceAction, updateWorkspaceAction } from "../actions";
import { WorkspaceMembers } from "./workspace-members";

export const metadata: Metadata = { title: "Workspace" };

type Props = { params: Promise<{ name: string }>; searchParams: Promise<{ page?: string }> };

export default async function WorkspacePage({ params, searchParams }: Props) {
  const caller = await requireCaller();
  const { name } = await params;
  const workspace = await getWorkspace(caller, decodeURIComponent(name), parsePage((await searchParams).page));
  if (!workspace) notFound();
  const { access } = workspace;
  const can = (permission: Parameters<typeof workspaceRoleHas>[1]) => workspaceRoleHas(access.role, permission);
  const hasDirectRole = access.grants.some((g) => g.source.kind === "direct");
  const idField = { kind: "hidden", name: "workspaceId", value: workspace.id } as const;
  return (
    <>
      <BackLink href="/settings/workspaces" label="Workspaces" />
      <h1 className="text-2xl font-semibold">
        {workspace.displayName}
        {workspace.personal ? <Badge>Personal</Badge> : null}
      </h1>
      <p className="text-sm text-muted">
        <code>{workspace.name}</code>
        {workspace.description ? ` — ${workspace.description}` : ""}
      </p>
      {workspace.locked ? (
        <p className="text-sm text-muted">This is a personal workspace: it cannot be shared or deleted while its user is a member of the tenant.</p>
      ) : null}

      <Card title="Your access">
        <p className="text-sm" data-testid="workspace-your-role">
          {WORKSPACE_ROLE_INFO[access.role].label}
        </p>
        <GrantList grants={access.grants} />
        <p className="mt-2 text-sm">
          <Link href={`/settings/roles/access/${caller.userId}`} className="text-accent underline">
            Every permission and why
          </Link>
        </p>
      </Card>

      {can("workspace:update") ? (
        <Card title="Details" description="The name is the workspace's address and does not change.">
          <ActionForm
            action={updateWorkspaceAction}
            submitLabel="Save"
            pendingLabel="Saving…"
            fields={[
              idField,
              { kind: "text", name: "displayName", label: "Display name", defaultValue: workspace.displayName, maxLength: 64, required: true },
              { kind: "textarea", name: "description", label: "Description", defaultValue: workspace.description, maxLength: 256 },
            ]}
          />
        </Card>
      ) : null}

      <WorkspaceMembers workspace={workspace} canManage={can("workspace:manage_members") && !workspace.locked} />

      {hasDirectRole && !workspace.locked ? (
        <Card title="Leave" description="Drops your direct role. Roles you hold through a group or your tenant role stay.">
          <ActionForm action={leaveWorkspaceAction} submitLabel="Leave workspace" variant="secondary" confirm={`Leave ${workspace.name}?`} fields={[idField]} />
        </Card>
      ) : null}

      {can("workspace:delete") && !workspace.locked ? (
        <Card title="Delete workspace" description="Deletes the workspace and every role in it. This cannot be undone.">
          <ActionForm
            action={deleteWorkspaceAction}
            submitLabel="Delete workspace"
            pendingLabel="Deleting…"
            variant="danger"
            fields={[idField, { kind: "text", name: "confirmName", label: `Type “${workspace.name}” to confirm` }]}
          />
        </Card>
      ) : null}
    </>
  );
}
