"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import { requestResetLink } from "./actions";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(requestResetLink, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <TextField label="E-mail" name="email" type="email" autoComplete="email" required defaultValue={values?.email} errors={state.status === "error" ? state.fieldErrors?.email : undefined} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} label={state.status === "ok" ? "Send again" : "Send reset link"} pendingLabel="Sending…" />
    </form>
  );
}
