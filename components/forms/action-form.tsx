"use client";

import { useActionState, useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type ActionState } from "@/lib/action/action-state";
import type { PickerSearch } from "@/lib/directory/picker-option";
import { SearchPicker } from "./search-picker";

type Common = { name: string; label: string; hint?: string };

/** A form's fields, described by the server page (plain data, plus server functions for pickers). */
export type FieldSpec =
  | (Common & { kind: "text"; defaultValue?: string; maxLength?: number; required?: boolean; type?: "text" | "email" | "password"; autoComplete?: string })
  | (Common & { kind: "textarea"; defaultValue?: string; maxLength?: number })
  | (Common & { kind: "select"; options: readonly { value: string; label: string }[]; defaultValue?: string; hideLabel?: boolean })
  | (Common & { kind: "picker"; search: PickerSearch; multiple?: boolean })
  | { kind: "hidden"; name: string; value: string };

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

type Props = {
  action: FormAction;
  fields: readonly FieldSpec[];
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Compact one-line form (a row of a table). */
  inline?: boolean;
  /** A destructive action asks first: the button reveals this question and a confirming button. */
  confirm?: string;
  testId?: string;
};

/**
 * The console's one form: posts to a server action via useActionState, shows each field's errors next to it and
 * the outcome in a live region, keeps what was typed after an error, and clears pickers after a success.
 */
export function ActionForm({ action, fields, submitLabel, pendingLabel = "Working…", variant = "primary", inline = false, confirm, testId }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, IDLE);
  const [asking, setAsking] = useState(false);
  const [version, setVersion] = useState(0);
  // Several forms share a page (one per table row): ids must stay unique for labels and aria-describedby.
  const idPrefix = `form${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  useEffect(() => {
    if (state.status !== "idle") setAsking(false);
    if (state.status === "ok") setVersion((v) => v + 1);
  }, [state]);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;

  const submit = <SubmitButton pending={pending} label={submitLabel} pendingLabel={pendingLabel} variant={variant} />;
  return (
    <form action={formAction} noValidate data-testid={testId} className={inline ? "flex flex-wrap items-end gap-2" : "flex max-w-md flex-col gap-4"}>
      <div key={version} className={inline ? "contents" : "flex flex-col gap-4"}>
        {fields.map((field) => renderField(field, `${idPrefix}-${field.name}`, errors?.[field.name], values?.[field.name]))}
      </div>
      {confirm && !asking ? (
        <div>
          <Button type="button" variant={variant} onClick={() => setAsking(true)}>
            {submitLabel}
          </Button>
        </div>
      ) : confirm ? (
        <div role="group" aria-label="Confirm" className="flex flex-wrap items-center gap-2">
          <span className="text-sm">{confirm}</span>
          {submit}
          <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <div>{submit}</div>
      )}
      <FormStatus state={state} />
    </form>
  );
}

function renderField(field: FieldSpec, id: string, errors: string[] | undefined, echoed: string | undefined) {
  if (field.kind === "hidden") return <input key={field.name} type="hidden" name={field.name} value={field.value} />;
  const common = { id, label: field.label, name: field.name, hint: field.hint, errors };
  switch (field.kind) {
    case "text":
      return (
        <TextField
          key={field.name}
          {...common}
          type={field.type}
          autoComplete={field.autoComplete}
          defaultValue={echoed ?? field.defaultValue}
          maxLength={field.maxLength}
          required={field.required}
        />
      );
    case "textarea":
      return <TextAreaField key={field.name} {...common} defaultValue={echoed ?? field.defaultValue} maxLength={field.maxLength} />;
    case "select":
      return <SelectField key={field.name} {...common} options={field.options} defaultValue={echoed ?? field.defaultValue} hideLabel={field.hideLabel} />;
    case "picker":
      return <SearchPicker key={field.name} {...common} search={field.search} multiple={field.multiple} />;
  }
}
