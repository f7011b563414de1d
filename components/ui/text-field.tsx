import type { InputHTMLAttributes } from "react";
import { CONTROL_CLASS, describedByIds, FieldMessages } from "./field-message";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
};

/** A labelled input whose errors sit next to it and are announced through aria-describedby. */
export function TextField({ label, name, errors, hint, id, ...input }: Props) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={fieldId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedByIds(fieldId, hint, errors)}
        className={CONTROL_CLASS}
        {...input}
      />
      <FieldMessages fieldId={fieldId} hint={hint} errors={errors} />
    </div>
  );
}
