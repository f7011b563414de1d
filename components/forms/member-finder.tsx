"use client";

import Link from "next/link";
import { CONTROL_CLASS } from "@/components/ui/field-message";
import type { PickerSearch } from "@/lib/directory/picker-option";
import { usePickerSearch } from "./use-picker-search";

/** Search members and open one: each result is a link to `hrefPrefix` + the member's id. */
export function MemberFinder({ label, search, hrefPrefix }: { label: string; search: PickerSearch; hrefPrefix: string }) {
  const { query, setQuery, results, status } = usePickerSearch(search);
  return (
    <div className="flex max-w-md flex-col gap-2">
      <label htmlFor="member-finder" className="text-sm font-medium">
        {label}
      </label>
      <input id="member-finder" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Type a name or e-mail" autoComplete="off" className={CONTROL_CLASS} />
      <p aria-live="polite" className="sr-only">
        {status}
      </p>
      {results.length ? (
        <ul className="flex flex-col gap-1 text-sm" aria-label="Members found">
          {results.map((r) => (
            <li key={r.value}>
              <Link href={`${hrefPrefix}${r.value}`} className="text-accent underline">
                {r.label}
              </Link>{" "}
              <span className="text-muted">{r.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
