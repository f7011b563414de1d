"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import { acceptAsExistingUserAction, acceptAsNewUserAction, joinSignedInAction } from "./actions";

/** A new account: name, username and password (at least the tenant's minimum length); the e-mail is the invitation's. */
export function NewUserForm({ token, email, passwordMinLength }: { token: string; email: string; passwordMinLength: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(acceptAsNewUserAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <p className="text-sm">Create your account to accept.</p>
      <TextField label="E-mail" name="email" defaultValue={email} readOnly hint="The invited address." />
      <TextField label="Your name" name="name" defaultValue={values?.name} autoComplete="name" required errors={errors?.name} />
      <TextField label="Username" name="username" defaultValue={values?.username} autoComplete="username" required errors={errors?.username} hint="3–39 characters: lowercase letters, digits and hyphens." />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" required errors={errors?.password} hint={`At least ${passwordMinLength} characters.`} />
      <TextField label="Confirm password" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors?.confirmPassword} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} label="Create account and join" pendingLabel="Joining…" />
    </form>
  );
}

/** The address already has an account (in another tenant): its password proves it. */
export function ExistingUserForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(acceptAsExistingUserAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <p className="text-sm">You already have a Gatehouse account. Sign in with its password to join.</p>
      <TextField label="E-mail" name="email" defaultValue={email} readOnly autoComplete="username" />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required errors={errors?.password} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} label="Sign in and join" pendingLabel="Joining…" />
    </form>
  );
}

/** Signed in already with the invited address: one click. */
export function JoinForm({ token, tenantName }: { token: string; tenantName: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(joinSignedInAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} label={`Join ${tenantName}`} pendingLabel="Joining…" />
    </form>
  );
}
