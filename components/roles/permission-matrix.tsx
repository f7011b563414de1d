import { PERMISSIONS, type Permission } from "@/lib/authz/permissions";

type RoleColumn = { id: string; label: string; description: string; permissions: readonly Permission[]; holders: number };

/** Rendered straight from the registry, so the page cannot disagree with what the server enforces. */
export function PermissionMatrix({ scope, roles }: { scope: "tenant" | "workspace"; roles: RoleColumn[] }) {
  const permissions = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => PERMISSIONS[p].scope === scope);
  return (
    <div className="overflow-x-auto">
      <ul className="mb-4 flex flex-col gap-1 text-sm">
        {roles.map((role) => (
          <li key={role.id}>
            <span className="font-medium">{role.label}</span>{" "}
            <span className="text-muted">
              — built-in, {scope} scope, held by <span data-testid={`holders-${role.id}`}>{role.holders}</span> principal{role.holders === 1 ? "" : "s"}.{" "}
              {role.description}
            </span>
          </li>
        ))}
      </ul>
      <table className="w-full border-collapse text-sm" data-testid={`matrix-${scope}`}>
        <caption className="sr-only">Permissions of each {scope} role</caption>
        <thead>
          <tr className="border-b border-border text-left">
            <th scope="col" className="py-2 pr-4">Permission</th>
            {roles.map((role) => (
              <th key={role.id} scope="col" className="px-3 py-2 text-center">
                {role.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {permissions.map((permission) => (
            <tr key={permission} className="border-b border-border">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                <code className="text-xs">{permission}</code>
                <span className="block text-xs text-muted">{PERMISSIONS[permission].description}</span>
              </th>
              {roles.map((role) => {
                const granted = role.permissions.includes(permission);
                return (
                  <td key={role.id} className="px-3 py-2 text-center">
                    <span aria-hidden="true">{granted ? "✓" : "—"}</span>
                    <span className="sr-only">{granted ? "granted" : "not granted"}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
