export const LOCALES = ["ru", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "ru";

/** The database's Locale enum: SCREAMING_CASE in Prisma's client, the lower-case tag in the column and raw SQL. */
type LocaleColumn = "RU" | "EN";
export const toLocaleColumn = (locale: AppLocale) => locale.toUpperCase() as LocaleColumn;
export const fromLocaleColumn = (value: LocaleColumn) => value.toLowerCase() as AppLocale;

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The first supported language in an Accept-Language header, if any. */
export function localeFromAcceptLanguage(header: string | null | undefined): AppLocale | undefined {
  if (!header) return undefined;
  for (const part of header.split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return undefined;
}
