"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import { saveRetention } from "./actions";

export function RetentionForm({ retentionDays }: { retentionDays: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveRetention, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <TextField
        label="Keep audit events for (days)"
        name="retentionDays"
        type="number"
        min={1}
        max={3650}
        required
        defaultValue={values?.retentionDays ?? String(retentionDays)}
        errors={errors?.retentionDays}
        hint="Older events are purged by an hourly job; the purge itself is recorded and the chain stays verifiable."
      />
      <FormStatus state={state} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save retention"}
        </Button>
      </div>
    </form>
  );
}
