"use client";

import { useState } from "react";
import { CONTROL_CLASS, describedByIds, FieldMessages } from "@/components/ui/field-message";
import type { PickerOption, PickerSearch } from "@/lib/directory/picker-option";
import { usePickerSearch } from "./use-picker-search";

type Props = { id: string; name: string; label: string; search: PickerSearch; multiple?: boolean; errors?: string[]; hint?: string };

/**
 * A searching picker: type to search the server, choose from the results (buttons, so it works by keyboard), and
 * the chosen values are posted as hidden inputs named `name`.
 */
export function SearchPicker({ id, name, label, search, multiple = false, errors, hint }: Props) {
  const { query, setQuery, results, status } = usePickerSearch(search);
  const [chosen, setChosen] = useState<PickerOption[]>([]);
  const choose = (option: PickerOption) => {
    setChosen((current) => (multiple ? (current.some((c) => c.value === option.value) ? current : [...current, option]) : [option]));
    setQuery("");
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.preventDefault();
        }}
        placeholder="Type to search"
        autoComplete="off"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedByIds(id, hint, errors)}
        className={CONTROL_CLASS}
      />
      <FieldMessages fieldId={id} hint={hint} errors={errors} />
      <p aria-live="polite" className="sr-only">
        {status}
      </p>
      {results.length ? (
        <ul className="flex flex-col gap-1 rounded-md border border-border p-1" aria-label={`Results for ${label}`}>
          {results.map((option) => (
            <li key={option.value}>
              <button type="button" onClick={() => choose(option)} className="w-full rounded px-2 py-1 text-left text-sm hover:bg-bg">
                {option.label} <span className="text-muted">· {option.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
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
