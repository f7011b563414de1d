import type { SelectHTMLAttributes } from "react";
import { describedByIds, FieldMessages } from "./field-message";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  errors?: string[];
  hint?: string;
};

export function SelectField({ label, name, options, errors, hint, id, ...select }: Props) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={fieldId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedByIds(fieldId, hint, errors)}
        className="rounded-md border border-border bg-card px-3 py-2 text-sm text-fg aria-invalid:border-danger"
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages fieldId={fieldId} hint={hint} errors={errors} />
    </div>
  );
}
