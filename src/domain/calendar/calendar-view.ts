import { addDays, addMonths, endOfMonth, endOfWeek, format, startOfMonth, startOfWeek } from "date-fns";
import { dateValue, isoDate } from "@/domain/dates/calendar-date";

export const CALENDAR_VIEWS = ["agenda", "day", "week", "month"] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export const EVENT_KINDS = ["interaction", "shipment", "payment"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How many events a day of the week and month grids shows; a link leads to the rest in the day view. */
export const GRID_EVENTS_PER_DAY: Partial<Record<CalendarView, number>> = { week: 12, month: 4 };

/** How many days the agenda shows from its first day when no period is given. */
const AGENDA_DAYS = 14;

// Date-only arithmetic on midnight-UTC values; format() would read them in the server's zone.
const utcIso = (d: Date) => format(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), "yyyy-MM-dd");
const local = (day: string) => {
  const d = dateValue(day);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
};
const plain = (d: Date) => format(d, "yyyy-MM-dd");

/** The days a view shows around its anchor day: weeks start on Monday; a month view spans whole weeks. */
export function viewRange(view: CalendarView, anchor: string, agendaTo?: string): { from: string; to: string } {
  const day = local(anchor);
  switch (view) {
    case "day":
      return { from: anchor, to: anchor };
    case "week":
      return { from: plain(startOfWeek(day, { weekStartsOn: 1 })), to: plain(endOfWeek(day, { weekStartsOn: 1 })) };
    case "month":
      return {
        from: plain(startOfWeek(startOfMonth(day), { weekStartsOn: 1 })),
        to: plain(endOfWeek(endOfMonth(day), { weekStartsOn: 1 })),
      };
    case "agenda":
      return { from: anchor, to: agendaTo && agendaTo >= anchor ? agendaTo : plain(addDays(day, AGENDA_DAYS - 1)) };
  }
}

/** The anchor of the previous or next page of a view. */
export function shiftAnchor(view: CalendarView, anchor: string, step: 1 | -1): string {
  const day = local(anchor);
  if (view === "month") return plain(addMonths(day, step));
  return plain(addDays(day, step * (view === "week" ? 7 : view === "day" ? 1 : AGENDA_DAYS)));
}

/** Every day from `from` to `to` inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = dateValue(from); isoDate(d) <= to; d = new Date(d.getTime() + 86_400_000)) days.push(utcIso(d));
  return days;
}
