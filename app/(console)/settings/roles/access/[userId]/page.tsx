import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { PersonalToggle } from "@/components/workspaces/personal-toggle";
import { getEffectiveAccess } from "@/lib/access/get-effective-access";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { TENANT_ROLE_INFO } from "@/lib/authz/permissions";
import { parsePage } from "@/lib/pagination/page";
import { AccessTable } from "./access-table";
import { MemberGroups } from "./member-groups";

export const metadata: Metadata = { title: "Effective access" };

type Props = { params: Promise<{ userId: string }>; searchParams: Promise<{ page?: string; personal?: string }> };

/**
 * A member's page for access (until the accounts feature adds the member directory, it is also where an Admin adds
 * and removes a member's groups): Admins see anyone, everyone else themself.
 */
export default async function EffectiveAccessPage({ params, searchParams }: Props) {
  const caller = await requireCaller();
  const { userId } = await params;
  if (userId !== caller.userId && !callerHas(caller, "access:read_all")) notFound();
  const query = await searchParams;
  const includePersonal = query.personal === "1";
  const result = await getEffectiveAccess(caller, userId, { page: parsePage(query.page), includePersonal });
  if (!result) notFound();
  const { member, workspaces } = result;
  const base = `/settings/roles/access/${member.id}`;
  return (
    <>
      <BackLink href="/settings/roles" label="Roles" />
      <h1 className="text-2xl font-semibold">Effective access: {member.name}</h1>
      <p className="text-sm text-muted">
        {member.email} · tenant role <span data-testid="access-tenant-role">{TENANT_ROLE_INFO[member.tenantRole].label}</span>
      </p>

      <MemberGroups caller={caller} member={member} />

      <Card
        title="Workspaces"
        description={
          result.everywhere
            ? `As tenant ${TENANT_ROLE_INFO[member.tenantRole].label}, ${member.name} holds a role in every workspace of the tenant.`
            : `Every workspace where ${member.name} holds a role, directly or through a group. Nothing else is reachable.`
        }
      >
        {result.everywhere ? (
          <PersonalToggle checked={includePersonal} label="Include other members' personal workspaces" />
        ) : null}
        <AccessTable rows={workspaces.items} />
        <Pagination
          page={workspaces.page}
          pageSize={workspaces.pageSize}
          total={workspaces.total}
          hrefFor={(p) => `${base}?page=${p}${includePersonal ? "&personal=1" : ""}`}
        />
      </Card>
    </>
  );
}
