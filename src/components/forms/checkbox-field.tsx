"use client";

import type { ReactNode } from "react";

export function CheckboxField({
  name,
  label,
  defaultChecked,
  onChange,
}: {
  name: string;
  label: ReactNode;
  defaultChecked?: boolean;
  onChange?: (checked: boolean) => void;
}) {
  return (
    <label className="inline-flex items-center gap-2 text-sm text-slate-700">
      <input
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        onChange={onChange && ((e) => onChange(e.target.checked))}
        className="h-4 w-4 rounded border-slate-300 text-brand-600"
      />
      {label}
    </label>
  );
}
