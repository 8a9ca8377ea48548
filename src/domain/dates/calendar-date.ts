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

// A month 13 or day 00 is no date at all (toISOString would throw); 30 February rolls over to March.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(dateValue(v).getTime()) && isoDate(dateValue(v)) === v);

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
