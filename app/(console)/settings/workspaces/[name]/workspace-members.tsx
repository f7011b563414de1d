import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { WORKSPACE_ROLE_INFO, WORKSPACE_ROLES } from "@/lib/authz/permissions";
import type { WorkspaceDetail } from "@/lib/workspaces/get-workspace";
import { addWorkspaceMemberAction, changeWorkspaceMemberRoleAction, removeWorkspaceMemberAction, searchWorkspacePrincipals } from "../actions";

const ROLE_OPTIONS = WORKSPACE_ROLES.map((r) => ({ value: r, label: WORKSPACE_ROLE_INFO[r].label }));

/** The workspace's members with their roles; Owners (and Admins) change, remove and add. */
export function WorkspaceMembers({ workspace, canManage }: { workspace: WorkspaceDetail; canManage: boolean }) {
  const { members } = workspace;
  const idField = { kind: "hidden", name: "workspaceId", value: workspace.id } as const;
  return (
    <Card title="Members" description="Users and groups of this tenant, each with a workspace role. A group's role applies to all its members.">
      <table className="w-full text-sm" data-testid="workspace-members">
        <caption className="sr-only">Members of {workspace.name}</caption>
        <thead>
          <tr className="border-b border-border text-left">
            <th scope="col" className="py-2 pr-4">Member</th>
            <th scope="col" className="py-2 pr-4">Role</th>
            {canManage ? <th scope="col" className="py-2"><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {members.items.map((m) => (
            <tr key={m.principal} className="border-b border-border align-top">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                {m.label} {m.type === "group" ? "(group)" : ""}
                <span className="block text-xs text-muted">{m.detail}</span>
              </th>
              <td className="py-2 pr-4">
                {canManage ? (
                  <ActionForm
                    inline
                    action={changeWorkspaceMemberRoleAction}
                    submitLabel="Change role"
                    variant="secondary"
                    fields={[
                      idField,
                      { kind: "hidden", name: "principal", value: m.principal },
                      { kind: "select", name: "role", label: `Role of ${m.label}`, hideLabel: true, options: ROLE_OPTIONS, defaultValue: m.role },
                    ]}
                  />
                ) : (
                  WORKSPACE_ROLE_INFO[m.role].label
                )}
              </td>
              {canManage ? (
                <td className="py-2">
                  <ActionForm
                    inline
                    action={removeWorkspaceMemberAction}
                    submitLabel="Remove"
                    variant="secondary"
                    confirm={`Remove ${m.label} from ${workspace.name}?`}
                    fields={[idField, { kind: "hidden", name: "principal", value: m.principal }]}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={members.page} pageSize={members.pageSize} total={members.total} hrefFor={(p) => `/settings/workspaces/${workspace.name}?page=${p}`} />
      {canManage ? (
        <div className="mt-6">
          <ActionForm
            action={addWorkspaceMemberAction}
            submitLabel="Add member"
            pendingLabel="Adding…"
            testId="add-workspace-member"
            fields={[
              idField,
              { kind: "picker", name: "principal", label: "User or group", search: searchWorkspacePrincipals.bind(null, workspace.id), hint: "Members and groups of this tenant only." },
              { kind: "select", name: "role", label: "Role", options: ROLE_OPTIONS, defaultValue: "viewer" },
            ]}
          />
        </div>
      ) : null}
    </Card>
  );
}
