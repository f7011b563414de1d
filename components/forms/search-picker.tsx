"use client";

import { useState } from "react";
import type { PickerOption, PickerSearch } from "@/lib/directory/picker-option";
import { PickerSearchField } from "./picker-search-field";

type Props = { id: string; name: string; label: string; search: PickerSearch; multiple?: boolean; errors?: string[]; hint?: string; initial?: PickerOption[] };

/**
 * A searching picker: type to search the server, choose from the results (buttons, so it works by keyboard), and
 * the chosen values are posted as hidden inputs named `name`.
 */
export function SearchPicker({ id, name, label, search, multiple = false, errors, hint, initial = [] }: Props) {
  const [chosen, setChosen] = useState<PickerOption[]>(initial);
  const choose = (option: PickerOption) => {
    setChosen((current) => (multiple ? (current.some((c) => c.value === option.value) ? current : [...current, option]) : [option]));
  };
  return (
    <div className="flex flex-col gap-1">
      <PickerSearchField id={id} label={label} search={search} onChoose={choose} errors={errors} hint={hint} />
      {chosen.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={`Chosen for ${label}`}>
          {chosen.map((option) => (
            <li key={option.value} className="flex items-center gap-1 rounded-full border border-border px-3 py-1 text-sm">
              <span>{option.label}</span>
              <button
                type="button"
                onClick={() => setChosen((current) => current.filter((c) => c.value !== option.value))}
                className="rounded px-1 text-muted hover:text-fg"
                title={`Remove ${option.label}`}
              >
                ×<span className="sr-only"> Remove {option.label}</span>
              </button>
              <input type="hidden" name={name} value={option.value} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
