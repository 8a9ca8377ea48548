"use client";

import { useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { hardNavigate } from "@/components/forms/hard-navigate";
import { buttonClass } from "@/components/ui/button";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        setFailed(true);
        return;
      }
      // A full navigation, so that every server component reads the new session and the user's language.
      hardNavigate(callbackUrl);
    });
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      {failed && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {t("signInFailed")}
        </p>
      )}
      <label className="block text-sm font-medium text-slate-700">
        {t("email")}
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        {t("password")}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </label>
      <button type="submit" disabled={pending} className={`${buttonClass()} w-full`}>
        {t("signInSubmit")}
      </button>
    </form>
  );
}
