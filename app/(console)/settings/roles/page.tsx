import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MemberFinder } from "@/components/forms/member-finder";
import { PermissionMatrix } from "@/components/roles/permission-matrix";
import { Card } from "@/components/ui/card";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { TENANT_ROLE_INFO, TENANT_ROLES, WORKSPACE_ROLE_INFO, WORKSPACE_ROLES } from "@/lib/authz/permissions";
import { countRoleHolders } from "@/lib/roles/count-role-holders";
import { searchMembersForAccess } from "./actions";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage() {
  const caller = await requireCaller();
  if (!callerHas(caller, "roles:read")) notFound();
  const holders = await countRoleHolders(caller);
  return (
    <>
      <h1 className="text-2xl font-semibold">Roles</h1>
      <p className="text-sm text-muted">
        Built-in roles and what each may do. The server enforces exactly this table for every page, action and API call.
      </p>
      <Card title="Tenant roles" description="Held by each member of the tenant.">
        <PermissionMatrix scope="tenant" roles={TENANT_ROLES.map((r) => ({ id: r, ...TENANT_ROLE_INFO[r], holders: holders.tenant[r] }))} />
      </Card>
      <Card title="Workspace roles" description="Held in one workspace, directly or through a group; counted once per user or group. A tenant Admin is Owner everywhere.">
        <PermissionMatrix scope="workspace" roles={WORKSPACE_ROLES.map((r) => ({ id: r, ...WORKSPACE_ROLE_INFO[r], holders: holders.workspace[r] }))} />
      </Card>
      <Card title="Effective access" description="Every workspace where someone holds a role, the role, why, and the permissions that follow.">
        <p className="mb-4 text-sm">
          <Link href={`/settings/roles/access/${caller.userId}`} className="text-accent underline">
            Your effective access
          </Link>
        </p>
        {callerHas(caller, "access:read_all") ? <MemberFinder label="Look up a member" search={searchMembersForAccess} hrefPrefix="/settings/roles/access/" /> : null}
      </Card>
    </>
  );
}
