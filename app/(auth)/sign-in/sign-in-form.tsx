"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import { signInWithPassword } from "./actions";

export function SignInForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(signInWithPassword, IDLE);
  const fieldErrors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <TextField label="E-mail or username" name="identifier" autoComplete="username" required defaultValue={values?.identifier} errors={fieldErrors?.identifier} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required errors={fieldErrors?.password} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} label="Sign in" pendingLabel="Signing in…" />
    </form>
  );
}
