"use client";

import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { buttonClass } from "@/components/ui/button";
import { useFormState } from "./action-form";

const CONTROL =
  "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500";

function FieldShell({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-600" data-field-error>
          {error}
        </p>
      ) : (
        hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>
      )}
    </div>
  );
}

/** The id, error and accessible attributes every control of a field carries. */
function useControl(name: string) {
  const id = useId();
  const error = useFormState().fieldErrors[name];
  const props = {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    className: `${CONTROL} ${error ? "border-red-400" : "border-slate-300"}`,
  };
  return { id, error, props };
}

export function TextField({
  name,
  label,
  hint,
  ...rest
}: InputHTMLAttributes<HTMLInputElement> & { name: string; label: ReactNode; hint?: ReactNode }) {
  const { id, error, props } = useControl(name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input {...props} {...rest} />
    </FieldShell>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  ...rest
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: ReactNode; hint?: ReactNode }) {
  const { id, error, props } = useControl(name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea {...props} {...rest} />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  options,
  hint,
  ...rest
}: SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: string }[];
}) {
  const { id, error, props } = useControl(name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select {...props} {...rest}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function SubmitButton({
  children,
  variant = "primary",
  size = "md",
}: {
  children: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  size?: "sm" | "md";
}) {
  const { pending } = useFormState();
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass(variant, size)}>
      {children}
    </button>
  );
}
