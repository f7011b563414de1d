"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import type { PickerOption, PickerSearch } from "@/lib/directory/picker-option";

const DEBOUNCE_MS = 200;

/** A debounced server search as the user types; the newest query's answer wins. */
export function usePickerSearch(search: PickerSearch) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PickerOption[]>([]);
  const [searching, startTransition] = useTransition();
  // The server function may arrive as a new reference on each render; only the query should re-run the search.
  const searchRef = useRef(search);
  searchRef.current = search;

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      startTransition(async () => {
        const found = await searchRef.current(q);
        if (current) setResults(found);
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const status = !query.trim() ? "" : searching ? "Searching…" : `${results.length} result${results.length === 1 ? "" : "s"}`;
  return { query, setQuery, results, status };
}
