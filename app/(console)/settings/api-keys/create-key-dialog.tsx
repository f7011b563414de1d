"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Modal } from "@/components/ui/modal";
import { RadioGroupField } from "@/components/ui/radio-group-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import type { ApiKeyWithSecret } from "@/lib/api-keys/dto";
import { EXPIRY_LABEL, type ExpiryChoice } from "@/lib/api-keys/expiry";
import { createApiKeyAction } from "./actions";
import { SecretReveal } from "./secret-reveal";

const SCOPES = [
  { value: "read", label: "Read-only" },
  { value: "write", label: "Read-write" },
];

function CreateKeyForm({ expiries, onDone }: { expiries: ExpiryChoice[]; onDone: () => void }) {
  const [state, action, pending] = useActionState<ActionState<ApiKeyWithSecret>, FormData>(createApiKeyAction, IDLE);
  if (state.status === "ok") return <SecretReveal secret={state.data.secret} onDone={onDone} />;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  const defaultExpiry = expiries.includes("30d") ? "30d" : expiries.at(-1);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <TextField label="Name" name="name" required maxLength={64} defaultValue={values?.name} errors={errors?.name} hint="For example the script or service that will use it." />
      <TextField label="Description (optional)" name="description" maxLength={256} defaultValue={values?.description} errors={errors?.description} />
      <RadioGroupField
        legend="Scope"
        name="scope"
        options={SCOPES}
        defaultValue={values?.scope ?? "read"}
        errors={errors?.scope}
        hint="A read-write key can do everything your role allows, now and as it changes; a read-only key only reads."
      />
      <SelectField
        label="Expires after"
        name="expiry"
        options={expiries.map((value) => ({ value, label: EXPIRY_LABEL[value] }))}
        defaultValue={values?.expiry ?? defaultExpiry}
        errors={errors?.expiry}
      />
      <FormStatus state={state} />
      <div className="flex gap-2">
        <SubmitButton pending={pending} label="Create key" pendingLabel="Creating…" />
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** "Create API key": the form, then the new secret, once. Closing forgets the secret and resets the form. */
export function CreateKeyDialog({ expiries }: { expiries: ExpiryChoice[] }) {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const close = () => {
    setOpen(false);
    setRound((r) => r + 1);
  };
  return (
    <>
      <Button type="button" onClick={() => setOpen(true)}>
        Create API key
      </Button>
      <Modal open={open} title="Create an API key" onClose={close}>
        <CreateKeyForm key={round} expiries={expiries} onDone={close} />
      </Modal>
    </>
  );
}
