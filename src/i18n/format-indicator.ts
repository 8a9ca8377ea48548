import type { IndicatorUnit } from "@/domain/kpi/indicators";
import { moneyFormatter } from "./format-money";
import { numberFormat } from "./number-format";

/** An indicator value for the user's language: money in the tenant's currency, percentages, minutes as h:mm. */
export function indicatorFormatter(locale: string, currency: string) {
  const money = moneyFormatter(locale, currency);
  const count = numberFormat(locale, { maximumFractionDigits: 0 });
  const percent = numberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  return (unit: IndicatorUnit, value: number | null): string => {
    if (value === null) return "—";
    if (unit === "money") return money(value);
    if (unit === "percent") return percent.format(value);
    if (unit === "minutes") return formatMinutes(value);
    return count.format(value);
  };
}

export function shareFormatter(locale: string) {
  const percent = numberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  return (part: number | null, whole: number | null) => (part === null || !whole ? "—" : percent.format(part / whole));
}

/** Minutes as h:mm, the way time spent is read. */
export function formatMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}
