import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { RemoveFromGroup } from "@/components/groups/remove-from-group";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Caller } from "@/lib/auth/caller";
import { callerHas } from "@/lib/authz/caller-has";
import { listMemberGroups } from "@/lib/groups/list-member-groups";
import { addGroupMembersAction, searchGroupsForMember } from "../../../groups/actions";

/** The member's groups; Admins add and remove them here (the member's page). */
export async function MemberGroups({ caller, member }: { caller: Caller; member: { id: string; name: string } }) {
  const groups = await listMemberGroups(caller, member.id);
  const canManage = callerHas(caller, "groups:manage");
  const canOpen = callerHas(caller, "groups:read");
  return (
    <Card title="Groups" description={`${member.name} gets the workspace roles of every group listed here.`}>
      {groups.length ? (
        <ul className="flex flex-col gap-2 text-sm" data-testid="member-groups">
          {groups.map((g) => (
            <li key={g.id} className="flex flex-wrap items-center gap-3">
              {canOpen ? (
                <Link href={`/settings/groups/${g.id}`} className="text-accent underline">
                  {g.name}
                </Link>
              ) : (
                g.name
              )}
              {g.managedBySso ? <Badge>Managed by SSO</Badge> : null}
              {canManage ? (
                <RemoveFromGroup group={g} member={member} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">Not in any group.</p>
      )}
      {canManage ? (
        <div className="mt-6">
          <ActionForm
            action={addGroupMembersAction}
            submitLabel="Add to groups"
            pendingLabel="Adding…"
            testId="add-member-groups"
            fields={[
              { kind: "hidden", name: "userIds", value: member.id },
              { kind: "picker", name: "groupIds", label: "Add to groups", search: searchGroupsForMember, multiple: true, hint: "Search by group name; choose one or more." },
            ]}
          />
        </div>
      ) : null}
    </Card>
  );
}
