import { requestEmailChangeAction } from "@/app/(console)/settings/profile/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { formatDateTime, type DisplayFormat } from "@/lib/format/date-time";
import type { ProfileDto } from "@/lib/profile/get-profile";
import { NoPasswordNote } from "./no-password-note";

/** The address, a pending change, and the form that mails a verification link to a new address. */
export function EmailCard({ profile, displayFormat }: { profile: ProfileDto; displayFormat: DisplayFormat }) {
  return (
    <Card title="E-mail address" description="Where Gatehouse sends your mail; you can also sign in with it.">
      <p className="text-sm">
        Current address: <strong data-testid="profile-e-mail">{profile.email}</strong>
      </p>
      {profile.pendingEmail ? (
        <p className="mt-2 text-sm text-muted" data-testid="pending-email">
          Waiting for confirmation of {profile.pendingEmail.email}: open the link sent there before{" "}
          {formatDateTime(profile.pendingEmail.expiresAt, displayFormat)}. Your current address stays until then.
        </p>
      ) : null}
      <div className="mt-4">
        {profile.hasPassword ? (
          <ActionForm
            action={requestEmailChangeAction}
            submitLabel="Send verification link"
            pendingLabel="Sending…"
            testId="email-change-form"
            fields={[
              { kind: "text", type: "email", name: "newEmail", label: "New e-mail address", maxLength: 254, required: true, autoComplete: "email" },
              { kind: "text", type: "password", name: "currentPassword", label: "Current password", required: true, autoComplete: "current-password" },
            ]}
          />
        ) : (
          <NoPasswordNote signInWith={profile.signInWith ?? "an identity provider"} what="your e-mail address follows that account and cannot be changed" />
        )}
      </div>
    </Card>
  );
}
