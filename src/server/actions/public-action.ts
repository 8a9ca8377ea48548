import "server-only";
import { getLocale } from "next-intl/server";
import { isLocale, DEFAULT_LOCALE } from "@/i18n/locales";
import { toActionFailure, type ActionResult } from "./action-result";

/** The same error contract as tenant actions, for the few entry points used before a tenant exists (sign-up, invitations). */
export async function publicAction<R>(name: string, run: () => Promise<R>): Promise<ActionResult<R>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    const current = await getLocale().catch(() => DEFAULT_LOCALE);
    return toActionFailure(error, isLocale(current) ? current : DEFAULT_LOCALE, { action: name });
  }
}
