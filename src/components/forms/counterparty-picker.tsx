"use client";

import { useEffect, useId, useState } from "react";
import { useFormState } from "./action-form";

interface Option {
  id: string;
  name: string;
  taxId: string | null;
}

/** Finds a counterparty by typing (server-side search) and submits its id under `name`. */
export function CounterpartyPicker({ slug, name, label, excludeId }: { slug: string; name: string; label: string; excludeId?: string }) {
  const id = useId();
  const error = useFormState().fieldErrors[name];
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  const [chosen, setChosen] = useState<Option | null>(null);

  useEffect(() => {
    if (chosen || query.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const response = await fetch(`/t/${slug}/counterparties/lookup?q=${encodeURIComponent(query)}`, { signal: controller.signal }).catch(() => null);
      if (response?.ok) setOptions(((await response.json()) as Option[]).filter((o) => o.id !== excludeId));
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, chosen, slug, excludeId]);

  return (
    <div className="relative">
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        value={chosen ? chosen.name : query}
        onChange={(e) => {
          setChosen(null);
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
        <ul id={`${id}-options`} role="listbox" className="absolute z-10 mt-1 max-h-60 w-full overflow-auto rounded-md border border-slate-200 bg-white shadow">
          {options.map((o) => (
            <li key={o.id} role="option" aria-selected={false}>
              <button type="button" onClick={() => setChosen(o)} className="block w-full px-3 py-2 text-left text-sm hover:bg-slate-50">
                {o.name} {o.taxId && <span className="text-xs text-slate-500">{o.taxId}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="mt-1 text-sm text-red-600">{error}</p>}
    </div>
  );
}
