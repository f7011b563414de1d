"use client";

import { useState } from "react";
import { PickerSearchField } from "@/components/forms/picker-search-field";
import { CONTROL_CLASS } from "@/components/ui/field-message";
import { WORKSPACE_ROLE_INFO, WORKSPACE_ROLES, type WorkspaceRole } from "@/lib/authz/permissions";
import type { PickerOption, PickerSearch } from "@/lib/directory/picker-option";

type Chosen = PickerOption & { role: WorkspaceRole };
type Props = { id: string; name: string; label: string; search: PickerSearch; errors?: string[]; hint?: string };

/**
 * Workspaces, each with a workspace role: search, choose, set the role. Posts one hidden `name` value per choice as
 * "<workspace id>:<role>".
 */
export function WorkspaceGrantsPicker({ id, name, label, search, errors, hint }: Props) {
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const choose = (option: PickerOption) => {
    setChosen((current) => (current.some((c) => c.value === option.value) ? current : [...current, { ...option, role: "viewer" }]));
  };
  return (
    <div className="flex flex-col gap-1">
      <PickerSearchField id={id} label={label} search={search} onChoose={choose} errors={errors} hint={hint} />
      {chosen.length ? (
        <ul className="flex flex-col gap-2" aria-label={`Chosen for ${label}`}>
          {chosen.map((option) => (
            <li key={option.value} className="flex flex-wrap items-center gap-2 rounded-md border border-border px-3 py-1 text-sm">
              <span className="grow">{option.label}</span>
              <label className="sr-only" htmlFor={`${id}-${option.value}`}>
                Role in {option.label}
              </label>
              <select
                id={`${id}-${option.value}`}
                value={option.role}
                onChange={(e) => setChosen((current) => current.map((c) => (c.value === option.value ? { ...c, role: e.target.value as WorkspaceRole } : c)))}
                className={CONTROL_CLASS}
              >
                {WORKSPACE_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {WORKSPACE_ROLE_INFO[r].label}
                  </option>
                ))}
              </select>
              <button
                type="button"
                onClick={() => setChosen((current) => current.filter((c) => c.value !== option.value))}
                className="rounded px-1 text-muted hover:text-fg"
                title={`Remove ${option.label}`}
              >
                ×<span className="sr-only"> Remove {option.label}</span>
              </button>
              <input type="hidden" name={name} value={`${option.value}:${option.role}`} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
