import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { getLocale } from "next-intl/server";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { ClientMessages } from "@/components/i18n/client-messages";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <span className="text-lg font-semibold text-brand-700">{t("name")}</span>
        <LocaleSwitch current={(await getLocale()) as "ru" | "en"} />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pb-16 pt-8 sm:pt-16">
        <div className="w-full max-w-md">
          <ClientMessages namespaces={["auth"]}>{children}</ClientMessages>
        </div>
      </main>
    </div>
  );
}
