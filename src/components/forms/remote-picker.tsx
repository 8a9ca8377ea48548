"use client";

import { useEffect, useId, useState } from "react";
import { useFormState } from "./action-form";

export interface PickerOption {
  id: string;
  label: string;
  hint?: string | null;
}

/**
 * Finds a record by typing (the server searches; a tenant's whole list never reaches the browser) and submits its
 * id under `name`. The field error of `name` shows under it.
 */
export function RemotePicker<O extends PickerOption>({
  lookupUrl,
  name,
  label,
  initial = null,
  excludeId,
  onChoose,
  compact = false,
}: {
  lookupUrl: (query: string) => string;
  name: string;
  label: string;
  initial?: O | null;
  excludeId?: string;
  onChoose?: (option: O | null) => void;
  /** In a table row: the label is for screen readers only. */
  compact?: boolean;
}) {
  const id = useId();
  const error = useFormState().fieldErrors[name];
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<O[]>([]);
  const [chosen, setChosen] = useState<O | null>(initial);

  useEffect(() => {
    if (chosen || query.trim().length < 2) return;
    const controller = new AbortController();
    const load = async () => {
      const response = await fetch(lookupUrl(query), { signal: controller.signal }).catch(() => null);
      const found = response?.ok ? ((await response.json().catch(() => [])) as O[]) : null;
      if (found) setOptions(found.filter((o) => o.id !== excludeId));
    };
    const timer = setTimeout(() => void load(), 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, chosen, lookupUrl, excludeId]);

  function choose(option: O | null) {
    setChosen(option);
    onChoose?.(option);
  }

  return (
    <div className="relative">
      <label htmlFor={id} className={compact ? "sr-only" : "mb-1 block text-sm font-medium text-slate-700"}>
        {label}
      </label>
      <input
        id={id}
        value={chosen ? chosen.label : query}
        onChange={(e) => {
          if (chosen) choose(null);
          setQuery(e.target.value);
        }}
        autoComplete="off"
        role="combobox"
        aria-controls={`${id}-options`}
        aria-expanded={!chosen && options.length > 0}
        aria-invalid={error ? true : undefined}
        className={`block w-full rounded-md border px-3 py-2 text-sm ${error ? "border-red-400" : "border-slate-300"}`}
      />
      <input type="hidden" name={name} value={chosen?.id ?? ""} />
      {!chosen && options.length > 0 && query.trim().length >= 2 && (
        <ul
          id={`${id}-options`}
          role="listbox"
          className="absolute z-10 mt-1 max-h-60 w-full min-w-64 overflow-auto rounded-md border border-slate-200 bg-white shadow"
        >
          {options.map((o) => (
            <li key={o.id} role="option" aria-selected={false}>
              <button
                type="button"
                onClick={() => choose(o)}
                className="block w-full px-3 py-2 text-left text-sm hover:bg-slate-50"
              >
                {o.label} {o.hint && <span className="text-xs text-slate-500">{o.hint}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="mt-1 text-sm text-red-600">{error}</p>}
    </div>
  );
}
