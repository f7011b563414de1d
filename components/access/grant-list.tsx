import { describeAccessSource, type AccessGrant } from "@/lib/access/resolve-workspace-role";
import { WORKSPACE_ROLE_INFO } from "@/lib/authz/permissions";

/** Every grant behind an effective role: "Contributor — via group SecOps", "Owner — tenant Admin". */
export function GrantList({ grants }: { grants: readonly AccessGrant[] }) {
  return (
    <ul className="text-sm text-muted">
      {grants.map((g, i) => (
        <li key={i}>
          {WORKSPACE_ROLE_INFO[g.role].label} — {describeAccessSource(g.source)}
        </li>
      ))}
    </ul>
  );
}
