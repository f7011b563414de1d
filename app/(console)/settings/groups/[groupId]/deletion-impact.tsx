import { WORKSPACE_ROLE_INFO } from "@/lib/authz/permissions";
import type { GroupDetail } from "@/lib/groups/get-group";

/** Names what deleting the group takes away, before the Admin confirms. */
export function DeletionImpact({ group }: { group: GroupDetail }) {
  const { members, memberCount, workspaceRoles } = group.impact;
  const more = memberCount - members.length;
  return (
    <div className="mb-4 flex flex-col gap-2 text-sm" data-testid="group-deletion-impact">
      <p>
        Deleting <strong>{group.name}</strong> cannot be undone.
      </p>
      <p>
        {memberCount ? (
          <>
            Its {memberCount} member{memberCount === 1 ? "" : "s"} leave the group: {members.map((m) => m.name).join(", ")}
            {more > 0 ? ` and ${more} more` : ""}.
          </>
        ) : (
          "It has no members."
        )}
      </p>
      <p>
        {workspaceRoles.length
          ? `These workspace roles go with it: ${workspaceRoles.map((w) => `${WORKSPACE_ROLE_INFO[w.role].label} in ${w.workspaceName}`).join(", ")}.`
          : "It holds no workspace role."}
      </p>
    </div>
  );
}
