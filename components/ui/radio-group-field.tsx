import type { ChangeEventHandler } from "react";
import { describedByIds, FieldMessages } from "./field-message";

type Props = {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  onChange?: ChangeEventHandler<HTMLInputElement>;
};

/** A fieldset of radio buttons: the legend names the group, errors are announced with it. */
export function RadioGroupField({ legend, name, options, defaultValue, errors, hint, onChange }: Props) {
  const fieldId = `field-${name}`;
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={describedByIds(fieldId, hint, errors)}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-2 text-sm">
          <input type="radio" name={name} value={o.value} defaultChecked={o.value === defaultValue} onChange={onChange} className="h-4 w-4" />
          {o.label}
        </label>
      ))}
      <FieldMessages fieldId={fieldId} hint={hint} errors={errors} />
    </fieldset>
  );
}
