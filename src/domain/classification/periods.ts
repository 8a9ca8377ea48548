import { dateValue as parse, isoDate as iso } from "@/domain/dates/calendar-date";
import type { Periodicity } from "./parameters";

/** Calendar dates as `YYYY-MM-DD`; arithmetic in UTC so the server's zone never shifts a day. */
const addDays = (day: string, n: number) => iso(new Date(parse(day).getTime() + n * 86_400_000));

function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

function fromMonthIndex(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/** Monday of the ISO week of a date. */
function weekStart(day: string): string {
  const weekday = (parse(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/**
 * The index of the period a date falls in, counted from the period of `analysisDate` (0 = the current period,
 * -1 = the last complete one). Periods are calendar-aligned: ISO weeks from Monday, months, quarters.
 */
export function periodIndex(day: string, analysisDate: string, periodicity: Periodicity): number {
  switch (periodicity) {
    case "MONTH":
      return monthIndex(day) - monthIndex(analysisDate);
    case "QUARTER":
      return Math.floor(monthIndex(day) / 3) - Math.floor(monthIndex(analysisDate) / 3);
    case "WEEK":
      return Math.round(
        (parse(weekStart(day)).getTime() - parse(weekStart(analysisDate)).getTime()) / (7 * 86_400_000),
      );
  }
}

/** The first day of the period `index` periods from the analysis date's period. */
export function periodStart(analysisDate: string, periodicity: Periodicity, index: number): string {
  switch (periodicity) {
    case "MONTH":
      return fromMonthIndex(monthIndex(analysisDate) + index);
    case "QUARTER":
      return fromMonthIndex((Math.floor(monthIndex(analysisDate) / 3) + index) * 3);
    case "WEEK":
      return addDays(weekStart(analysisDate), index * 7);
  }
}

/** SPEC §6.1: the ABC period — the `months` complete months before the analysis date's month, both ends inclusive. */
export function abcPeriod(analysisDate: string, months: number): { from: string; to: string } {
  const current = monthIndex(analysisDate);
  return { from: fromMonthIndex(current - months), to: addDays(fromMonthIndex(current), -1) };
}
