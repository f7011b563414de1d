import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { notFound } from "next/navigation";
import { PermissionMatrix } from "@/components/roles/permission-matrix";
import { TENANT_ROLE_INFO, TENANT_ROLES, WORKSPACE_ROLE_INFO, WORKSPACE_ROLES } from "@/lib/authz/permissions";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage() {
  const caller = await requireCaller();
  if (!callerHas(caller, "roles:read")) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold">Roles</h1>
      <p className="text-sm text-muted">
        Built-in roles and what each may do. The server enforces exactly this table for every page, action and API call.
      </p>
      <Card title="Tenant roles" description="Held by each member of the tenant.">
        <PermissionMatrix scope="tenant" roles={TENANT_ROLES.map((r) => ({ id: r, ...TENANT_ROLE_INFO[r] }))} />
      </Card>
      <Card title="Workspace roles" description="Held in one workspace, directly or through a group. A tenant Admin is Owner everywhere.">
        <PermissionMatrix scope="workspace" roles={WORKSPACE_ROLES.map((r) => ({ id: r, ...WORKSPACE_ROLE_INFO[r] }))} />
      </Card>
    </>
  );
}
