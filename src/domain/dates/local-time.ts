import { TZDate } from "@date-fns/tz";
import { FIRST_YEAR, LAST_YEAR } from "./calendar-date";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a wall-clock time (`YYYY-MM-DDTHH:mm`, what `<input type="datetime-local">` sends) names in a zone,
 * or null when it is malformed. In the hour skipped by a DST jump the clock moves forward, as calendars do.
 */
export function instantAt(localDateTime: string, timeZone: string): Date | null {
  const m = LOCAL_DATE_TIME.exec(localDateTime);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const local = new TZDate(year, month - 1, day, hour, minute, timeZone);
  if (local.getDate() !== day) return null;
  return new Date(local.getTime());
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock fields of an instant in a zone, through one shared formatter per zone: pages format hundreds of
 * instants each (the calendar), and a TZDate with date-fns' format cost a tenth of a millisecond apiece.
 */
function wallClock(instant: Date, timeZone: string) {
  let clock = wallClocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    wallClocks.set(timeZone, clock);
  }
  const field: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of clock.formatToParts(instant)) field[part.type] = part.value;
  return { date: `${field.year!.padStart(4, "0")}-${field.month}-${field.day}`, time: `${field.hour}:${field.minute}` };
}

/** The wall-clock time of an instant in a zone, as `<input type="datetime-local">` expects it. */
export function localDateTime(instant: Date, timeZone: string): string {
  const { date, time } = wallClock(instant, timeZone);
  return `${date}T${time}`;
}

/** The calendar date (`YYYY-MM-DD`) an instant falls on in a zone. */
export function localDate(instant: Date, timeZone: string): string {
  return wallClock(instant, timeZone).date;
}

/** The first instant of a calendar date in a zone (not always 00:00 where DST starts at midnight). */
export function startOfLocalDay(isoDate: string, timeZone: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, 0, 0, timeZone).getTime());
}
