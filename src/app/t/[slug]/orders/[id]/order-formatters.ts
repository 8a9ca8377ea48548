import { getFormatter, getLocale } from "next-intl/server";
import { moneyFormatter, quantityFormatter } from "@/i18n/format-money";

/** One way of showing money, quantities and dates, so that the sections of the order analysis agree. */
export async function orderFormatters(currency: string) {
  const [format, locale] = await Promise.all([getFormatter(), getLocale()]);
  return {
    money: moneyFormatter(locale, currency),
    qty: quantityFormatter(locale),
    day: (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" }) : "—"),
  };
}
