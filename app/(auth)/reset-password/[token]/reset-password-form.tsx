"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import { setNewPassword } from "./actions";

export function ResetPasswordForm({ token, username }: { token: string; username: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setNewPassword, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <TextField label="New password" name="password" type="password" autoComplete="new-password" required hint="At least 12 characters; not your e-mail address or username." errors={errors?.password} />
      <TextField label="New password again" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors?.confirmPassword} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} label="Set new password" pendingLabel="Saving…" />
    </form>
  );
}
