"use client";

import { useCallback } from "react";
import { RemotePicker, type PickerOption } from "./remote-picker";

export interface CounterpartyOption extends PickerOption {
  persons: { id: string; name: string }[];
}

/** Finds a counterparty by typing (server-side search) and submits its id under `name`. */
export function CounterpartyPicker({
  slug,
  name,
  label,
  excludeId,
  initial,
  onChoose,
}: {
  slug: string;
  name: string;
  label: string;
  excludeId?: string;
  initial?: CounterpartyOption | null;
  onChoose?: (option: CounterpartyOption | null) => void;
}) {
  const lookupUrl = useCallback((q: string) => `/t/${slug}/counterparties/lookup?q=${encodeURIComponent(q)}`, [slug]);
  return (
    <RemotePicker
      lookupUrl={lookupUrl}
      name={name}
      label={label}
      excludeId={excludeId}
      initial={initial}
      onChoose={onChoose}
    />
  );
}
