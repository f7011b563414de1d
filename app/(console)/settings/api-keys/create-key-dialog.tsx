"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Modal, useModal } from "@/components/ui/modal";
import { RadioGroupField } from "@/components/ui/radio-group-field";
import { SelectField } from "@/components/ui/select-field";
import { FormButtons } from "@/components/ui/form-buttons";
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
      <FormButtons pending={pending} label="Create key" pendingLabel="Creating…" onCancel={onDone} />
    </form>
  );
}

/** "Create API key": the form, then the new secret, once. Closing forgets the secret and resets the form. */
export function CreateKeyDialog({ expiries }: { expiries: ExpiryChoice[] }) {
  const modal = useModal();
  return (
    <>
      <Button type="button" onClick={modal.show}>
        Create API key
      </Button>
      <Modal open={modal.open} title="Create an API key" onClose={modal.close}>
        <CreateKeyForm key={modal.round} expiries={expiries} onDone={modal.close} />
      </Modal>
    </>
  );
}
