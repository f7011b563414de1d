"use client";

import Link from "next/link";
import { useActionState } from "react";
import { CodeField } from "@/components/profile/code-field";
import { RecoveryCodes } from "@/components/profile/recovery-codes";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import { submitSecondStep } from "./actions";

/** The code form of /two-factor; after enrolment it shows the recovery codes once, then continues to the console. */
export function SecondStepForm({ enrolling, signedIn = false }: { enrolling: boolean; signedIn?: boolean }) {
  const [state, action, pending] = useActionState<ActionState<{ recoveryCodes: string[] }>, FormData>(submitSecondStep, IDLE);
  if (state.status === "ok") {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="text-sm text-success">Two-factor authentication is on.</p>
        <RecoveryCodes codes={state.data.recoveryCodes} />
        <Link href="/settings/profile" className="text-sm font-medium text-accent underline">
          I have saved my recovery codes — continue
        </Link>
      </div>
    );
  }
  if (signedIn) {
    return (
      <Link href="/settings/profile" className="text-sm font-medium text-accent underline">
        You are signed in — continue
      </Link>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <CodeField
        errors={state.status === "error" ? state.fieldErrors?.code : undefined}
        hint={enrolling ? "The 6-digit code your app shows after adding Gatehouse." : "The 6-digit code from your authenticator app, or one of your recovery codes."}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} label={enrolling ? "Turn on and continue" : "Verify"} pendingLabel="Checking…" />
    </form>
  );
}
