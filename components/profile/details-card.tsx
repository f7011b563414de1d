import { updateProfileAction } from "@/app/(console)/settings/profile/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import type { ProfileDto } from "@/lib/profile/get-profile";

/** Name and username; the tenant and role are shown, not edited (an Admin changes roles). */
export function DetailsCard({ profile, tenantName, roleLabel }: { profile: ProfileDto; tenantName: string; roleLabel: string }) {
  return (
    <Card title="Your account" description="Who you are in this tenant. An Admin changes roles.">
      <dl className="mb-4 grid grid-cols-[10rem_1fr] gap-y-2 text-sm">
        <dt className="text-muted">Tenant</dt>
        <dd data-testid="profile-tenant">{tenantName}</dd>
        <dt className="text-muted">Tenant role</dt>
        <dd data-testid="profile-tenant-role">{roleLabel}</dd>
      </dl>
      <ActionForm
        action={updateProfileAction}
        submitLabel="Save profile"
        pendingLabel="Saving…"
        testId="profile-details-form"
        fields={[
          { kind: "text", name: "name", label: "Name", defaultValue: profile.name, maxLength: 100, required: true, autoComplete: "name" },
          {
            kind: "text",
            name: "username",
            label: "Username",
            defaultValue: profile.username,
            maxLength: 39,
            required: true,
            autoComplete: "username",
            hint: "3 to 39 lowercase letters, digits or hyphens; unique in this deployment. You can sign in with it.",
          },
        ]}
      />
    </Card>
  );
}
