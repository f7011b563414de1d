"use client";

import type { ComponentProps } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { RadioGroupField } from "@/components/ui/radio-group-field";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useFieldFeedback } from "./settings-form";

// Fields for a SettingsForm: each shows its own errors and, after a failed save, what was typed.

export function SettingsTextField(props: Omit<ComponentProps<typeof TextField>, "errors">) {
  const { errors, echoed } = useFieldFeedback(props.name);
  return <TextField {...props} defaultValue={echoed ?? props.defaultValue} errors={errors} />;
}

export function SettingsTextArea(props: Omit<ComponentProps<typeof TextAreaField>, "errors">) {
  const { errors, echoed } = useFieldFeedback(props.name);
  return <TextAreaField {...props} defaultValue={echoed ?? props.defaultValue} errors={errors} />;
}

export function SettingsSelectField(props: Omit<ComponentProps<typeof SelectField>, "errors">) {
  const { errors, echoed } = useFieldFeedback(props.name);
  // A form reset restores a select to the options selected at mount, so a new echoed value needs a new element.
  return <SelectField key={echoed ?? "saved"} {...props} defaultValue={echoed ?? props.defaultValue} errors={errors} />;
}

export function SettingsRadioGroup(props: Omit<ComponentProps<typeof RadioGroupField>, "errors">) {
  const { errors, echoed } = useFieldFeedback(props.name);
  return <RadioGroupField {...props} defaultValue={echoed ?? props.defaultValue} errors={errors} />;
}

export function SettingsCheckbox(props: Omit<ComponentProps<typeof CheckboxField>, "errors">) {
  const { errors, echoed, failed } = useFieldFeedback(props.name);
  // An unticked box sends nothing, so after a failed save "absent" means it was unticked.
  return <CheckboxField {...props} defaultChecked={failed ? echoed === "on" : props.defaultChecked} errors={errors} />;
}

/** A whole-number setting; its hint states the allowed range (the server enforces the same LIMITS). */
export function SettingsNumberField(props: { label: string; name: string; value: number; range: { min: number; max: number }; hint?: string }) {
  const { min, max } = props.range;
  return (
    <SettingsTextField
      label={props.label}
      name={props.name}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      defaultValue={String(props.value)}
      hint={`${props.hint ? `${props.hint} ` : ""}From ${min} to ${max}.`}
    />
  );
}
