import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { requireCaller } from "@/lib/auth/current-caller";
import { callerHas } from "@/lib/authz/caller-has";
import { canGrantTenantRole, TENANT_ROLE_INFO, TENANT_ROLES } from "@/lib/authz/permissions";
import { MAX_CSV_BYTES, MAX_INVITATIONS_PER_BATCH } from "@/lib/validation/invitations";
import { searchGroupsForInvitation, searchWorkspacesForInvitation } from "../actions";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Invite users" };

export default async function InviteUsersPage() {
  const caller = await requireCaller();
  if (!callerHas(caller, "members:invite")) notFound();
  const roleOptions = TENANT_ROLES.filter((r) => canGrantTenantRole(caller.role, r)).map((r) => ({ value: r, label: TENANT_ROLE_INFO[r].label }));
  return (
    <>
      <BackLink href="/settings/accounts/invitations" label="Back to invitations" />
      <h1 className="text-2xl font-semibold">Invite users</h1>
      <p className="text-sm text-muted">
        Each address gets its own link by e-mail, valid once. The role, groups and workspace roles chosen here are in place the moment an invitation is
        accepted.
      </p>
      <Card
        title="Who and with what access"
        description={`Up to ${MAX_INVITATIONS_PER_BATCH} addresses per batch: pasted, or from a CSV file (up to ${MAX_CSV_BYTES / 1024} KB) with an “email” column. Preview first; nothing is sent until you confirm.`}
      >
        <InviteForm roleOptions={roleOptions} searchGroups={searchGroupsForInvitation} searchWorkspaces={searchWorkspacesForInvitation} />
      </Card>
    </>
  );
}
