import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  differenceInCalendarMonths,
  endOfMonth,
  startOfISOWeek,
  subYears,
} from "date-fns";
import { dateValue, isoDate } from "@/domain/dates/calendar-date";

/** A report period: calendar dates (`YYYY-MM-DD`), both ends inclusive. */
export interface Period {
  from: string;
  to: string;
}

function isWholeMonths({ from, to }: Period): boolean {
  const end = dateValue(to);
  return from.endsWith("-01") && isoDate(endOfMonth(end)) === to;
}

/**
 * The period just before, for "compared with the previous period": whole months give the same number of whole
 * months (February after January, not after 4–31 January); any other period gives as many days.
 */
export function previousPeriod(period: Period): Period {
  const from = dateValue(period.from);
  if (isWholeMonths(period)) {
    const months = differenceInCalendarMonths(dateValue(period.to), from) + 1;
    const start = addMonths(from, -months);
    return { from: isoDate(start), to: isoDate(addDays(from, -1)) };
  }
  const days = differenceInCalendarDays(dateValue(period.to), from) + 1;
  return { from: isoDate(addDays(from, -days)), to: isoDate(addDays(from, -1)) };
}

/** The same period a year earlier; 29 February falls on 28 February, and a month's end stays a month's end. */
export function yearEarlier(period: Period): Period {
  const to = subYears(dateValue(period.to), 1);
  return {
    from: isoDate(subYears(dateValue(period.from), 1)),
    to: isoDate(isWholeMonths(period) ? endOfMonth(to) : to),
  };
}

export const GRANULARITIES = ["week", "month"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** The weeks (Monday to Sunday) or calendar months a period spans, the first and last cut to the period. */
export function periodBuckets(period: Period, granularity: Granularity): Period[] {
  const last = dateValue(period.to);
  const buckets: Period[] = [];
  let start =
    granularity === "week" ? startOfISOWeek(dateValue(period.from)) : dateValue(`${period.from.slice(0, 7)}-01`);
  while (start <= last) {
    const next = granularity === "week" ? addDays(start, 7) : addMonths(start, 1);
    const end = addDays(next, -1);
    buckets.push({
      from: isoDate(start < dateValue(period.from) ? dateValue(period.from) : start),
      to: isoDate(end > last ? last : end),
    });
    start = next;
  }
  return buckets;
}
