import { addDays, addMonths, getISOWeek, getISOWeekYear, startOfISOWeek } from "date-fns";
import { dateValue, isoDate } from "@/domain/dates/calendar-date";
import type { Period } from "@/domain/analytics/comparison-periods";

export const REPORT_FREQUENCIES = ["WEEKLY", "MONTHLY"] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];

/**
 * The period a scheduled director's report covers on a given local day: the last complete ISO week (Monday to
 * Sunday) or calendar month, with a key naming it ("2026-W47", "2026-10"). A new key appears on Monday or on the
 * 1st; the report for it goes out once, at the tenant's digest hour of that day or later.
 */
export function lastCompletePeriod(frequency: ReportFrequency, today: string): { key: string; period: Period } {
  const day = dateValue(today);
  if (frequency === "WEEKLY") {
    const monday = addDays(startOfISOWeek(day), -7);
    return {
      key: `${getISOWeekYear(monday)}-W${String(getISOWeek(monday)).padStart(2, "0")}`,
      period: { from: isoDate(monday), to: isoDate(addDays(monday, 6)) },
    };
  }
  const first = addMonths(dateValue(`${today.slice(0, 7)}-01`), -1);
  return {
    key: isoDate(first).slice(0, 7),
    period: { from: isoDate(first), to: isoDate(addDays(addMonths(first, 1), -1)) },
  };
}
