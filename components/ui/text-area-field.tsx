import type { TextareaHTMLAttributes } from "react";
import { CONTROL_CLASS, describedByIds, FieldMessages } from "./field-message";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; errors?: string[]; hint?: string };

export function TextAreaField({ label, name, errors, hint, id, ...textarea }: Props) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={fieldId}
        name={name}
        rows={3}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedByIds(fieldId, hint, errors)}
        className={CONTROL_CLASS}
        {...textarea}
      />
      <FieldMessages fieldId={fieldId} hint={hint} errors={errors} />
    </div>
  );
}
