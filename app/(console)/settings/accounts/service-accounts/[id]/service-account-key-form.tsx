"use client";

import { useActionState, useState } from "react";
import { SecretReveal } from "@/app/(console)/settings/api-keys/secret-reveal";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import type { ApiKeyWithSecret } from "@/lib/api-keys/dto";
import { EXPIRY_LABEL, type ExpiryChoice } from "@/lib/api-keys/expiry";
import { createServiceAccountKeyAction } from "../actions";

/** Creates a key for a service account; the secret is shown once, as for personal keys. */
export function ServiceAccountKeyForm({ serviceAccountId, expiries }: { serviceAccountId: string; expiries: ExpiryChoice[] }) {
  const [round, setRound] = useState(0);
  return <KeyForm key={round} serviceAccountId={serviceAccountId} expiries={expiries} onDone={() => setRound((r) => r + 1)} />;
}

function KeyForm({ serviceAccountId, expiries, onDone }: { serviceAccountId: string; expiries: ExpiryChoice[]; onDone: () => void }) {
  const [state, action, pending] = useActionState<ActionState<ApiKeyWithSecret>, FormData>(createServiceAccountKeyAction, IDLE);
  if (state.status === "ok") return <SecretReveal secret={state.data.secret} onDone={onDone} />;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <input type="hidden" name="serviceAccountId" value={serviceAccountId} />
      <TextField label="Key name" name="name" required maxLength={64} errors={errors?.name} />
      <SelectField label="Scope" name="scope" options={[{ value: "read", label: "Read-only" }, { value: "write", label: "Read-write" }]} defaultValue="read" errors={errors?.scope} />
      <SelectField label="Expires after" name="expiry" options={expiries.map((value) => ({ value, label: EXPIRY_LABEL[value] }))} defaultValue={expiries.includes("30d") ? "30d" : expiries.at(-1)} errors={errors?.expiry} />
      <FormStatus state={state} />
      <div>
        <SubmitButton pending={pending} label="Create key" pendingLabel="Creating…" />
      </div>
    </form>
  );
}
