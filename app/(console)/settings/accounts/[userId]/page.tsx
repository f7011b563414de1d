import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { searchGroupsForMember, addGroupMembersAction } from "@/app/(console)/settings/groups/actions";
import { ActionForm } from "@/components/forms/action-form";
import { RemoveFromGroup } from "@/components/groups/remove-from-group";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { TENANT_ROLE_INFO, WORKSPACE_ROLE_INFO } from "@/lib/authz/permissions";
import { formatDateTime } from "@/lib/format/date-time";
import { getMember } from "@/lib/members/get-member";
import { isId } from "@/lib/validation/ids";
import { MemberActions } from "./member-actions";

export const metadata: Metadata = { title: "Member" };

export default async function MemberPage({ params }: { params: Promise<{ userId: string }> }) {
  const caller = await requireCaller();
  if (!callerHas(caller, "members:read")) notFound();
  const { userId } = await params;
  const member = isId(userId) ? await getMember(caller, userId) : null;
  if (!member) notFound();
  const canUpdate = callerHas(caller, "members:update");
  const canManageGroups = callerHas(caller, "groups:manage");
  const date = (iso: string | null) => (iso ? formatDateTime(new Date(iso), caller.displayFormat) : "Never");
  return (
    <>
      <BackLink href="/settings/accounts" label="Accounts" />
      <h1 className="text-2xl font-semibold">
        {member.name}
        {member.status === "inactive" ? <Badge>Inactive</Badge> : null}
      </h1>
      <Card title="Details">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm" data-testid="member-details">
          <dt className="text-muted">E-mail</dt>
          <dd>{member.email}</dd>
          <dt className="text-muted">Username</dt>
          <dd>{member.username}</dd>
          <dt className="text-muted">Tenant role</dt>
          <dd data-testid="member-role">{TENANT_ROLE_INFO[member.role].label}</dd>
          <dt className="text-muted">Status</dt>
          <dd data-testid="member-status">{member.status === "active" ? "Active" : "Inactive"}</dd>
          <dt className="text-muted">Last sign-in</dt>
          <dd>{date(member.lastSignInAt)}</dd>
          <dt className="text-muted">Member since</dt>
          <dd>{date(member.memberSince)}</dd>
        </dl>
      </Card>

      {canUpdate ? (
        <Card title="Manage" description="The tenant always keeps at least one active Admin.">
          <MemberActions member={member} />
        </Card>
      ) : null}

      <Card title="Groups">
        {member.groups.length ? (
          <ul className="flex flex-col gap-2 text-sm" data-testid="member-groups">
            {member.groups.map((g) => (
              <li key={g.id} className="flex items-center gap-3">
                <Link href={`/settings/groups/${g.id}`} className="text-accent underline">
                  {g.name}
                </Link>
                {canManageGroups ? <RemoveFromGroup group={g} member={member} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">Not in any group.</p>
        )}
        {canManageGroups ? (
          <div className="mt-4">
            <ActionForm
              action={addGroupMembersAction}
              submitLabel="Add to groups"
              pendingLabel="Adding…"
              fields={[
                { kind: "hidden", name: "userIds", value: member.id },
                { kind: "picker", name: "groupIds", label: "Add to groups", search: searchGroupsForMember, multiple: true },
              ]}
            />
          </div>
        ) : null}
      </Card>

      <Card title="Workspaces" description="Roles given directly; groups and the tenant role may add more.">
        {member.workspaces.length ? (
          <ul className="flex flex-col gap-1 text-sm" data-testid="member-workspaces">
            {member.workspaces.map((w) => (
              <li key={w.id}>
                {WORKSPACE_ROLE_INFO[w.role].label} in{" "}
                <Link href={`/settings/workspaces/${w.name}`} className="text-accent underline">
                  {w.name}
                </Link>
                {w.personal ? <Badge>Personal</Badge> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">No direct workspace role.</p>
        )}
        {callerHas(caller, "access:read_all") ? (
          <p className="mt-4 text-sm">
            <Link href={`/settings/roles/access/${member.id}`} className="text-accent underline">
              Effective access of {member.name}
            </Link>
          </p>
        ) : null}
      </Card>
    </>
  );
}
