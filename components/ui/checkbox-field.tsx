import type { InputHTMLAttributes } from "react";
import { describedByIds, FieldMessages } from "./field-message";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { label: string; name: string; errors?: string[]; hint?: string };

export function CheckboxField({ label, name, errors, hint, id, ...input }: Props) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input
          id={fieldId}
          name={name}
          type="checkbox"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedByIds(fieldId, hint, errors)}
          className="mt-0.5 h-4 w-4"
          {...input}
        />
        <label htmlFor={fieldId} className="text-sm font-medium">
          {label}
        </label>
      </div>
      <FieldMessages fieldId={fieldId} hint={hint} errors={errors} />
    </div>
  );
}
