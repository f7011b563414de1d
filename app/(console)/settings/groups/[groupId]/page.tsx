import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { RemoveFromGroup } from "@/components/groups/remove-from-group";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { WORKSPACE_ROLE_INFO } from "@/lib/authz/permissions";
import { getGroup } from "@/lib/groups/get-group";
import { parsePage } from "@/lib/pagination/page";
import { addGroupMembersAction, deleteGroupAction, searchMembersForGroups, updateGroupAction } from "../actions";
import { DeletionImpact } from "./deletion-impact";

export const metadata: Metadata = { title: "Group" };

type Props = { params: Promise<{ groupId: string }>; searchParams: Promise<{ page?: string }> };

export default async function GroupPage({ params, searchParams }: Props) {
  const caller = await requireCaller();
  if (!callerHas(caller, "groups:read")) notFound();
  const { groupId } = await params;
  const group = await getGroup(caller, groupId, parsePage((await searchParams).page));
  if (!group) notFound();
  const canManage = callerHas(caller, "groups:manage");
  const canSeeAccess = callerHas(caller, "access:read_all");
  return (
    <>
      <BackLink href="/settings/groups" label="Groups" />
      <h1 className="text-2xl font-semibold">
        {group.name}
        {group.managedBySso ? <Badge>Managed by SSO</Badge> : null}
      </h1>
      {group.managedBySso ? (
        <p className="text-sm text-muted">SSO role mapping sets this group's members at each sign-in; changes made here may be undone then.</p>
      ) : null}

      <Card title="Details">
        {canManage ? (
          <ActionForm
            action={updateGroupAction}
            submitLabel="Save"
            pendingLabel="Saving…"
            fields={[
              { kind: "hidden", name: "groupId", value: group.id },
              { kind: "text", name: "name", label: "Name", defaultValue: group.name, maxLength: 64, required: true },
              { kind: "textarea", name: "description", label: "Description", defaultValue: group.description, maxLength: 256 },
            ]}
          />
        ) : (
          <p className="text-sm">{group.description || <span className="text-muted">No description.</span>}</p>
        )}
      </Card>

      <Card title="Members" description={`${group.members.total} member${group.members.total === 1 ? "" : "s"}.`}>
        {group.members.items.length ? (
          <table className="w-full text-sm" data-testid="group-members">
            <caption className="sr-only">Members of {group.name}</caption>
            <thead>
              <tr className="border-b border-border text-left">
                <th scope="col" className="py-2 pr-4">Name</th>
                <th scope="col" className="py-2 pr-4">E-mail</th>
                {canManage ? <th scope="col" className="py-2"><span className="sr-only">Actions</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {group.members.items.map((m) => (
                <tr key={m.id} className="border-b border-border">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">
                    {canSeeAccess ? (
                      <Link href={`/settings/roles/access/${m.id}`} className="text-accent underline">
                        {m.name}
                      </Link>
                    ) : (
                      m.name
                    )}
                  </th>
                  <td className="py-2 pr-4 text-muted">{m.email}</td>
                  {canManage ? (
                    <td className="py-2">
                      <RemoveFromGroup group={group} member={m} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-muted">Nobody is in this group yet.</p>
        )}
        <Pagination page={group.members.page} pageSize={group.members.pageSize} total={group.members.total} hrefFor={(p) => `/settings/groups/${group.id}?page=${p}`} />
        {canManage ? (
          <div className="mt-6">
            <ActionForm
              action={addGroupMembersAction}
              submitLabel="Add to group"
              pendingLabel="Adding…"
              testId="add-group-members"
              fields={[
                { kind: "hidden", name: "groupIds", value: group.id },
                { kind: "picker", name: "userIds", label: "Add members", search: searchMembersForGroups, multiple: true, hint: "Search by name, e-mail or username; choose one or more." },
              ]}
            />
          </div>
        ) : null}
      </Card>

      <Card title="Workspace roles" description="Every member of the group holds these roles. Give the group a role from a workspace's page.">
        {group.impact.workspaceRoles.length ? (
          <ul className="flex flex-col gap-1 text-sm" data-testid="group-workspace-roles">
            {group.impact.workspaceRoles.map((w) => (
              <li key={w.workspaceId}>
                {WORKSPACE_ROLE_INFO[w.role].label} in{" "}
                <Link href={`/settings/workspaces/${w.workspaceName}`} className="text-accent underline">
                  {w.workspaceName}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">This group holds no workspace role.</p>
        )}
      </Card>

      {canManage ? (
        <Card title="Delete group">
          <DeletionImpact group={group} />
          <ActionForm
            action={deleteGroupAction}
            submitLabel="Delete group"
            pendingLabel="Deleting…"
            variant="danger"
            fields={[
              { kind: "hidden", name: "groupId", value: group.id },
              { kind: "text", name: "confirmName", label: `Type “${group.name}” to confirm` },
            ]}
          />
        </Card>
      ) : null}
    </>
  );
}
