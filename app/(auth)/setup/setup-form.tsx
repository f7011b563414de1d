"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import { completeSetup } from "./actions";

export function SetupForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(completeSetup, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <TextField label="Tenant name" name="tenantName" defaultValue={values?.tenantName} required errors={errors?.tenantName} hint="Your company or team, e.g. Acme Corp." />
      <TextField label="Your name" name="name" defaultValue={values?.name} autoComplete="name" required errors={errors?.name} />
      <TextField label="E-mail" name="email" defaultValue={values?.email} type="email" autoComplete="email" required errors={errors?.email} />
      <TextField label="Username" name="username" defaultValue={values?.username} autoComplete="username" required errors={errors?.username} hint="3–39 characters: lowercase letters, digits and hyphens." />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" required errors={errors?.password} hint="At least 12 characters." />
      <TextField label="Confirm password" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors?.confirmPassword} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} label="Create tenant and Admin" pendingLabel="Creating…" />
    </form>
  );
}
