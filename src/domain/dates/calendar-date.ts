import { TZDate } from "@date-fns/tz";
import { addDays, format, subMonths } from "date-fns";
import { z } from "zod";

/** Today's calendar date (`YYYY-MM-DD`) in a time zone: SPEC §1.4 computes "today" in the tenant's zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return format(new TZDate(now, timeZone), "yyyy-MM-dd");
}

/** A calendar date as stored by `@db.Date`: midnight UTC. */
export function dateValue(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

const MAX_PERIOD_DAYS = 3 * 366;
/** The years a date may name, in every form, filter and import: PostgreSQL has no year 0, JS reads 0–99 as 19xx. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9999;

/**
 * The one date rule: `YYYY-MM-DD` that names a real day of a year from 1900 to 9999. A month 13 or day 00 is no date
 * at all (toISOString would throw); 30 February would roll over to March.
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const date = dateValue(value);
  return !Number.isNaN(date.getTime()) && isoDate(date) === value;
}

const day = z.string().refine(isCalendarDate);

/**
 * A report period from the URL: both ends inclusive, `from ≤ to`, at most three years. A malformed or inverted
 * period falls back to the default (the twelve months up to today) and says so.
 */
export function readPeriod(
  params: { from?: string; to?: string },
  today: string,
): { from: string; to: string; corrected: boolean } {
  const fallback = { from: isoDate(addDays(subMonths(dateValue(today), 12), 1)), to: today };
  if (!params.from && !params.to) return { ...fallback, corrected: false };
  const from = day.safeParse(params.from);
  const to = day.safeParse(params.to);
  if (!from.success || !to.success) return { ...fallback, corrected: true };
  const span = (dateValue(to.data).getTime() - dateValue(from.data).getTime()) / 86_400_000;
  if (span < 0 || span > MAX_PERIOD_DAYS) return { ...fallback, corrected: true };
  return { from: from.data, to: to.data, corrected: false };
}
