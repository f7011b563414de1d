import { ActionForm } from "@/components/forms/action-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { TENANT_ROLE_INFO, TENANT_ROLES } from "@/lib/authz/permissions";
import type { MemberDetail } from "@/lib/members/get-member";
import { changeMemberRoleAction, deactivateMemberAction, reactivateMemberAction, removeMemberAction, resetMemberTwoFactorAction } from "../actions";

const ROLE_OPTIONS = TENANT_ROLES.map((r) => ({ value: r, label: TENANT_ROLE_INFO[r].label }));

/** An Admin's controls for one member: role, status, removal. The server enforces every rule (last Admin, self). */
export function MemberActions({ member }: { member: MemberDetail }) {
  return (
    <div className="flex flex-col gap-6">
      <ActionForm
        action={changeMemberRoleAction}
        submitLabel="Change role"
        pendingLabel="Changing…"
        testId="change-role"
        fields={[
          { kind: "hidden", name: "userId", value: member.id },
          { kind: "select", name: "role", label: "Tenant role", options: ROLE_OPTIONS, defaultValue: member.role },
        ]}
      />
      <div className="flex flex-wrap gap-2">
        {member.status === "active" ? (
          <ConfirmAction
            label="Deactivate"
            title={`Deactivate ${member.name}?`}
            message="Their sessions and API keys stop working on their next request. You can re-activate them later."
            confirmLabel="Deactivate"
            pendingLabel="Deactivating…"
            action={deactivateMemberAction}
            fields={{ userId: member.id }}
            danger
          />
        ) : (
          <ConfirmAction
            label="Re-activate"
            title={`Re-activate ${member.name}?`}
            message="They can sign in again, and their API keys work again."
            confirmLabel="Re-activate"
            pendingLabel="Re-activating…"
            action={reactivateMemberAction}
            fields={{ userId: member.id }}
          />
        )}
        <ConfirmAction
          label="Remove from tenant"
          title={`Remove ${member.name} from the tenant?`}
          message="Their membership, group memberships, workspace roles, API keys, sessions and personal workspace in this tenant are deleted. The audit history stays. This cannot be undone; to come back they need a new invitation."
          confirmLabel="Remove"
          pendingLabel="Removing…"
          action={removeMemberAction}
          fields={{ userId: member.id }}
          danger
        />
        {member.twoFactorEnabled ? (
          <ConfirmAction
            label="Reset two-factor"
            title={`Reset two-factor authentication for ${member.name}?`}
            message="Their authenticator and recovery codes stop working and every session of theirs ends. They sign in with their password and set up two-factor again (at once if the tenant requires it)."
            confirmLabel="Reset two-factor"
            pendingLabel="Resetting…"
            action={resetMemberTwoFactorAction}
            fields={{ userId: member.id }}
            danger
          />
        ) : null}
      </div>
    </div>
  );
}
