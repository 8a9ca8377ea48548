import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "@/server/auth/current-user";
import { DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage } from "./locales";
import { MESSAGES } from "./messages";

export const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * next-intl's default time zone when none is configured, read once: left unset, next-intl builds an
 * Intl.DateTimeFormat on every request to find it (2 % of the cheapest page's server time). Dates the app shows are
 * formatted in the tenant's zone explicitly; this only backs next-intl's own formatter.
 */
const SERVER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

// A signed-in user's own choice wins; before sign-in, the cookie set by the language switch, then the browser's.
export default getRequestConfig(async () => {
  const user = await currentUser();
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale =
    user?.locale ??
    (isLocale(cookieLocale) ? cookieLocale : undefined) ??
    localeFromAcceptLanguage((await headers()).get("accept-language")) ??
    DEFAULT_LOCALE;
  return { locale, messages: MESSAGES[locale], timeZone: SERVER_TIME_ZONE };
});
