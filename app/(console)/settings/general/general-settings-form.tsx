"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import type { GeneralSettingsDto } from "@/lib/tenants/get-general-settings";
import { saveGeneralSettings } from "./actions";

export function GeneralSettingsForm({ settings }: { settings: GeneralSettingsDto }) {
  const [state, action, pending] = useActionState<ActionState<GeneralSettingsDto>, FormData>(saveGeneralSettings, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <TextField label="Tenant name" name="name" defaultValue={values?.name ?? settings.name} required maxLength={64} errors={errors?.name} />
      <FormStatus state={state} />
      <div>
        <SubmitButton pending={pending} label="Save" pendingLabel="Saving…" />
      </div>
    </form>
  );
}
