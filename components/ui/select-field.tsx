import type { SelectHTMLAttributes } from "react";
import { CONTROL_CLASS, describedByIds, FieldMessages } from "./field-message";

type Option = { value: string; label: string };
type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  /** Plain options, or options in labelled groups (rendered as optgroups). */
  options: readonly Option[] | readonly { group: string; options: readonly Option[] }[];
  errors?: string[];
  hint?: string;
  /** Visually hidden label (still read by screen readers), for compact table rows. */
  hideLabel?: boolean;
};

const optionElement = (o: Option) => (
  <option key={o.value} value={o.value}>
    {o.label}
  </option>
);

export function SelectField({ label, name, options, errors, hint, hideLabel, id, ...select }: Props) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className={hideLabel ? "sr-only" : "text-sm font-medium"}>
        {label}
      </label>
      <select
        id={fieldId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedByIds(fieldId, hint, errors)}
        className={CONTROL_CLASS}
        {...select}
      >
        {options.map((o) =>
          "group" in o ? (
            <optgroup key={o.group} label={o.group}>
              {o.options.map(optionElement)}
            </optgroup>
          ) : (
            optionElement(o)
          ),
        )}
      </select>
      <FieldMessages fieldId={fieldId} hint={hint} errors={errors} />
    </div>
  );
}
