"use client";

import { createContext, useContext, useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/server/actions/action-result";

interface FormState {
  pending: boolean;
  fieldErrors: Record<string, string>;
}

const FormContext = createContext<FormState>({ pending: false, fieldErrors: {} });

export function useFormState(): FormState {
  return useContext(FormContext);
}

/**
 * Submits to a server action without a full reload and keeps what the user typed when the server refuses it:
 * field errors show next to their fields, a form-level error above the fields. On success the page's server data
 * is refreshed.
 */
export function ActionForm<R>({
  action,
  children,
  onSuccess,
  successMessage,
  resetOnSuccess = false,
  resetOn,
  className = "space-y-4",
}: {
  action: (form: FormData) => Promise<ActionResult<R>>;
  children: ReactNode;
  onSuccess?: (data: R) => void | Promise<void>;
  successMessage?: string | ((data: R) => string);
  resetOnSuccess?: boolean;
  /**
   * When this changes (the record's version after a save), the fields take the server's values again. Keying the
   * form on it instead would remount it and lose the "saved" notice.
   */
  resetOn?: string | number;
  className?: string;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  // Only on a change, never on mount: a reset at hydration would wipe what the user typed before it.
  const lastResetOn = useRef(resetOn);
  useEffect(() => {
    if (lastResetOn.current === resetOn) return;
    lastResetOn.current = resetOn;
    formRef.current?.reset();
  }, [resetOn]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The clicked button's name and value travel with the form ("save" vs "save and confirm").
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(async () => {
      const result = await action(form);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setError(
          Object.keys(result.fieldErrors).length && !result.fieldErrors._form
            ? null
            : (result.fieldErrors._form ?? result.message),
        );
        setNotice(null);
        return;
      }
      setFieldErrors({});
      setError(null);
      setNotice(typeof successMessage === "function" ? successMessage(result.data) : (successMessage ?? null));
      if (resetOnSuccess) formRef.current?.reset();
      await onSuccess?.(result.data);
      router.refresh();
    });
  }

  return (
    <FormContext.Provider value={{ pending, fieldErrors }}>
      <form ref={formRef} onSubmit={submit} className={className} noValidate>
        {error && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
            {error}
          </p>
        )}
        {notice && (
          <p
            role="status"
            className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
          >
            {notice}
          </p>
        )}
        {children}
      </form>
    </FormContext.Provider>
  );
}
