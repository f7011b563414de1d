"use client";

import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { confirmTwoFactor, disableTwoFactor, regenerateCodes, startTwoFactor } from "@/app/(console)/settings/profile/two-factor-actions";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import type { EnrolmentDetails } from "@/lib/two-factor/qr-code";
import type { TwoFactorStatus } from "@/lib/two-factor/second-factor-store";
import { Button } from "@/components/ui/button";
import { CodeField } from "./code-field";
import { EnrolmentQr } from "./enrolment-qr";
import { RecoveryCodes } from "./recovery-codes";

type Codes = { recoveryCodes: string[] };
const errorsOf = (state: ActionState<unknown>, field: string) => (state.status === "error" ? state.fieldErrors?.[field] : undefined);

/** `id` keeps the labels of the card's several forms apart (each has a password field). */
function PasswordField({ state, id, label = "Current password", required = true }: { state: ActionState<unknown>; id: string; label?: string; required?: boolean }) {
  return <TextField label={label} name="password" id={id} type="password" autoComplete="current-password" required={required} errors={errorsOf(state, "password")} />;
}

function Enrolment() {
  const [started, start, starting] = useActionState<ActionState<EnrolmentDetails>, FormData>(startTwoFactor, IDLE);
  const [confirmed, confirm, confirming] = useActionState<ActionState<Codes>, FormData>(confirmTwoFactor, IDLE);
  if (confirmed.status === "ok") return <NewCodes codes={confirmed.data.recoveryCodes} />;
  if (started.status !== "ok") {
    return (
      <form action={start} className="flex max-w-sm flex-col gap-3" noValidate>
        <p className="text-sm">Two-factor authentication is off. Add a code from an authenticator app to every sign-in.</p>
        <PasswordField state={started} id="start-password" />
        <FormStatus state={started} />
        <SubmitButton pending={starting} label="Set up two-factor authentication" pendingLabel="Preparing…" />
      </form>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <EnrolmentQr details={started.data} />
      <form action={confirm} className="flex max-w-sm flex-col gap-3" noValidate>
        <CodeField hint="The 6-digit code your app shows for Gatehouse. Two-factor counts only once this code is confirmed." errors={errorsOf(confirmed, "code")} />
        <FormStatus state={confirmed} />
        <SubmitButton pending={confirming} label="Confirm and turn on" pendingLabel="Checking…" />
      </form>
    </div>
  );
}

function NewCodes({ codes }: { codes: string[] }) {
  const [saved, setSaved] = useState(false);
  const router = useRouter();
  if (saved) return <p className="text-sm">Recovery codes saved.</p>;
  return (
    <div className="flex flex-col gap-3">
      <RecoveryCodes codes={codes} />
      <div>
        <Button type="button" onClick={() => {
            setSaved(true);
            router.refresh();
          }}>
          I have saved them
        </Button>
      </div>
    </div>
  );
}

function EnabledControls({ status }: { status: TwoFactorStatus }) {
  const [regenerated, regenerate, regenerating] = useActionState<ActionState<Codes>, FormData>(regenerateCodes, IDLE);
  const [disabled, disable, disabling] = useActionState<ActionState<{ disabled: boolean }>, FormData>(disableTwoFactor, IDLE);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm" data-testid="two-factor-state">
        Two-factor authentication is on. {status.recoveryCodesLeft} of 10 recovery codes left.
      </p>
      {regenerated.status === "ok" ? (
        <NewCodes codes={regenerated.data.recoveryCodes} />
      ) : (
        <form action={regenerate} className="flex max-w-sm flex-col gap-3" aria-labelledby="regenerate-heading" noValidate>
          <h3 id="regenerate-heading" className="font-medium">New recovery codes</h3>
          <p className="text-sm text-muted">Enter your password or a current authenticator code. The old codes stop working.</p>
          <PasswordField state={regenerated} id="regenerate-password" label="Password" required={false} />
          <TextField label="Or authenticator code" name="code" id="regenerate-code" autoComplete="one-time-code" maxLength={32} errors={errorsOf(regenerated, "code")} />
          <FormStatus state={regenerated} />
          <SubmitButton pending={regenerating} label="Generate new codes" pendingLabel="Generating…" variant="secondary" />
        </form>
      )}
      <form action={disable} className="flex max-w-sm flex-col gap-3" aria-labelledby="disable-heading" noValidate>
        <h3 id="disable-heading" className="font-medium">Turn off two-factor authentication</h3>
        <PasswordField state={disabled} id="disable-password" />
        <CodeField id="disable-code" label="Authentication or recovery code" errors={errorsOf(disabled, "code")} />
        <FormStatus state={disabled} />
        <SubmitButton pending={disabling} label="Turn off" pendingLabel="Turning off…" variant="danger" />
      </form>
    </div>
  );
}

/** Everything a password user does with two-factor on the profile page. */
export function TwoFactorControls({ status }: { status: TwoFactorStatus }) {
  return status.enabled ? <EnabledControls status={status} /> : <Enrolment />;
}
