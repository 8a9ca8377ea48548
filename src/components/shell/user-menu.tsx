"use client";

import { Link } from "@/components/ui/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/app/actions";
import { LocaleSwitch } from "./locale-switch";

export function UserMenu({
  userName,
  email,
  locale,
  tenants,
  currentSlug,
}: {
  userName: string;
  email: string;
  locale: "ru" | "en";
  tenants: { slug: string; name: string }[];
  currentSlug: string;
}) {
  const t = useTranslations("nav");
  const others = tenants.filter((tenant) => tenant.slug !== currentSlug);
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-100">
        <span className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700">
          {userName.slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden max-w-40 truncate sm:inline">{userName}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        <p className="truncate text-sm font-medium">{userName}</p>
        <p className="mb-3 truncate text-xs text-slate-500">{email}</p>
        <p className="mb-1 text-xs text-slate-500">{t("language")}</p>
        <LocaleSwitch current={locale} />
        {others.length > 0 && (
          <div className="mt-3 border-t border-slate-100 pt-3">
            <p className="mb-1 text-xs text-slate-500">{t("switchCompany")}</p>
            <ul>
              {others.map((tenant) => (
                <li key={tenant.slug}>
                  <Link className="block rounded px-2 py-1 text-sm hover:bg-slate-100" href={`/t/${tenant.slug}`}>
                    {tenant.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        <button
          type="button"
          onClick={() => void signOut({ callbackUrl: "/sign-in" })}
          className="mt-3 w-full rounded-md border border-slate-200 px-3 py-1.5 text-left text-sm hover:bg-slate-50"
        >
          {t("signOut")}
        </button>
        <button
          type="button"
          onClick={() => void signOutEverywhereAction().then(() => signOut({ callbackUrl: "/sign-in" }))}
          className="mt-1 w-full rounded-md px-3 py-1.5 text-left text-xs text-slate-500 hover:bg-slate-50"
        >
          {t("signOutEverywhere")}
        </button>
      </div>
    </details>
  );
}
