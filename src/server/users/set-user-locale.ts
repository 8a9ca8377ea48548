import "server-only";
import { unsafeDb } from "@/server/db";
import { toLocaleColumn, type AppLocale } from "@/i18n/locales";

/** The user's own language, used on every page and in his e-mails, whatever the tenant's default. */
export async function setUserLocale(userId: string, locale: AppLocale): Promise<void> {
  await unsafeDb().user.update({ where: { id: userId }, data: { locale: toLocaleColumn(locale) } });
}
