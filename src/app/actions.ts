"use server";

import { cookies } from "next/headers";
import { isLocale } from "@/i18n/locales";
import { LOCALE_COOKIE } from "@/i18n/request";
import { currentUser } from "@/server/auth/current-user";
import { setUserLocale } from "@/server/users/set-user-locale";
import { revokeAllSessions } from "@/server/auth/revoke-sessions";

/** The language switch: remembered on the account when signed in, and in a cookie for the sign-in pages. */
export async function switchLocaleAction(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  const user = await currentUser();
  if (user) await setUserLocale(user.id, locale);
}

/** "Sign out everywhere": every session of the user ends, this browser's with the sign-out that follows. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await currentUser();
  if (user) await revokeAllSessions(user.id);
}
