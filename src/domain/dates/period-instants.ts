import { addDays } from "date-fns";
import { dateValue, isoDate } from "./calendar-date";
import { startOfLocalDay } from "./local-time";

/**
 * The instants a period of calendar dates covers in a time zone: from the first moment of `from` (inclusive) to the
 * first moment of the day after `to` (exclusive). Timestamps such as an interaction's time or a record's creation
 * fall in the period exactly when `start ≤ t < end`, which an index on the timestamp can serve.
 */
export function periodInstants(period: { from: string; to: string }, timeZone: string): { start: Date; end: Date } {
  return {
    start: startOfLocalDay(period.from, timeZone),
    end: startOfLocalDay(isoDate(addDays(dateValue(period.to), 1)), timeZone),
  };
}
