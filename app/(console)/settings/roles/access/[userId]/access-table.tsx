import Link from "next/link";
import { GrantList } from "@/components/access/grant-list";
import type { WorkspaceAccessRow } from "@/lib/access/get-effective-access";
import { describeAccessSource } from "@/lib/access/resolve-workspace-role";
import { WORKSPACE_ROLE_INFO } from "@/lib/authz/permissions";

/** Each workspace with the effective role, every grant behind it, and each permission with the grants that give it. */
export function AccessTable({ rows }: { rows: WorkspaceAccessRow[] }) {
  if (!rows.length) return <p className="text-sm text-muted">No workspace role.</p>;
  return (
    <table className="w-full text-sm" data-testid="access-table">
      <caption className="sr-only">Effective workspace roles</caption>
      <thead>
        <tr className="border-b border-border text-left">
          <th scope="col" className="py-2 pr-4">Workspace</th>
          <th scope="col" className="py-2 pr-4">Role and why</th>
          <th scope="col" className="py-2">Permissions and why</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ workspace, access }) => (
          <tr key={workspace.id} className="border-b border-border align-top" data-testid={`access-${workspace.name}`}>
            <th scope="row" className="py-2 pr-4 text-left font-normal">
              <Link href={`/settings/workspaces/${workspace.name}`} className="text-accent underline">
                {workspace.name}
              </Link>
            </th>
            <td className="py-2 pr-4">
              <span className="font-medium" data-testid="effective-role">
                {WORKSPACE_ROLE_INFO[access.role].label}
              </span>
              <GrantList grants={access.grants} />
            </td>
            <td className="py-2">
              <ul>
                {access.permissions.map((p) => (
                  <li key={p.permission}>
                    <code className="text-xs">{p.permission}</code>{" "}
                    <span className="text-muted">— {p.grants.map((g) => describeAccessSource(g.source)).join(", ")}</span>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
