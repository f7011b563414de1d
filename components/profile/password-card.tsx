import { changePasswordAction } from "@/app/(console)/settings/profile/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import type { ProfileDto } from "@/lib/profile/get-profile";
import { PASSWORD_MAX } from "@/lib/validation/password";
import { NoPasswordNote } from "./no-password-note";

export function PasswordCard({ profile, minLength }: { profile: ProfileDto; minLength: number }) {
  return (
    <Card title="Password" description="Changing it signs out every other session of yours and sends you a notice.">
      {profile.hasPassword ? (
        <ActionForm
          action={changePasswordAction}
          submitLabel="Change password"
          pendingLabel="Changing…"
          testId="password-change-form"
          fields={[
            { kind: "text", type: "password", name: "currentPassword", label: "Current password", required: true, autoComplete: "current-password" },
            {
              kind: "text",
              type: "password",
              name: "newPassword",
              label: "New password",
              required: true,
              autoComplete: "new-password",
              hint: `${minLength} to ${PASSWORD_MAX} characters; not a common password, and without your username or e-mail address.`,
            },
            { kind: "text", type: "password", name: "confirmPassword", label: "New password again", required: true, autoComplete: "new-password" },
          ]}
        />
      ) : (
        <NoPasswordNote signInWith={profile.signInWith ?? "an identity provider"} what="there is no password to change" />
      )}
    </Card>
  );
}
