"use client";

import { CONTROL_CLASS, describedByIds, FieldMessages } from "@/components/ui/field-message";
import type { PickerOption, PickerSearch } from "@/lib/directory/picker-option";
import { usePickerSearch } from "./use-picker-search";

type Props = { id: string; label: string; search: PickerSearch; onChoose: (option: PickerOption) => void; errors?: string[]; hint?: string };

/**
 * The searching half of every picker: type to search the server, choose from the results (buttons, so it works by
 * keyboard). What is done with a choice — and how the chosen values are shown and posted — is the picker's own.
 */
export function PickerSearchField({ id, label, search, onChoose, errors, hint }: Props) {
  const { query, setQuery, results, status } = usePickerSearch(search);
  return (
    <>
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
              <button
                type="button"
                onClick={() => {
                  onChoose(option);
                  setQuery("");
                }}
                className="w-full rounded px-2 py-1 text-left text-sm hover:bg-bg"
              >
                {option.label} <span className="text-muted">· {option.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
