"use server";

import { cookies } from "next/headers";
import { isLocale } from "@/i18n/locales";
import { LOCALE_COOKIE } from "@/i18n/request";
import { currentUser } from "@/server/auth/current-user";
import { setUserLocale } from "@/server/users/set-user-locale";

/** The language switch: remembered on the account when signed in, and in a cookie for the sign-in pages. */
export async function switchLocaleAction(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  const user = await currentUser();
  if (user) await setUserLocale(user.id, locale);
}
