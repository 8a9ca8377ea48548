import { createTranslator } from "use-intl/core";
import type { AppLocale } from "./locales";
import { MESSAGES } from "./messages";

/** Translates a dotted message key outside React (server actions, e-mails, jobs). Unknown keys fall back. */
export function translate(locale: AppLocale, key: string, values?: Record<string, string | number>): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as {
    (key: string, values?: Record<string, string | number>): string;
    has(key: string): boolean;
  };
  return t.has(key) ? t(key, values) : t("errors.unexpected");
}
