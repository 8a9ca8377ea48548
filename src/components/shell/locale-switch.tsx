"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { switchLocaleAction } from "@/app/actions";
import { LOCALES } from "@/i18n/locales";

export function LocaleSwitch({ current }: { current: "ru" | "en" }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div
      role="group"
      aria-label={t("nav.language")}
      className="inline-flex rounded-md border border-slate-300 bg-white text-xs"
    >
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          disabled={pending}
          aria-pressed={locale === current}
          onClick={() =>
            startTransition(async () => {
              await switchLocaleAction(locale);
              router.refresh();
            })
          }
          className={`px-2.5 py-1 first:rounded-l-md last:rounded-r-md ${locale === current ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-50"}`}
        >
          {t(`locale.${locale}`)}
        </button>
      ))}
    </div>
  );
}
