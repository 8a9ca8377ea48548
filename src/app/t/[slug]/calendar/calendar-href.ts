import type { CalendarQueryParams } from "@/domain/calendar/calendar-query";

/** The calendar's URL with the current query changed by `patch`. */
export function calendarHref(slug: string, query: CalendarQueryParams, patch: Record<string, string | undefined>) {
  // Moving to another view or page drops the agenda's own end date.
  const params = Object.entries({ ...query, to: undefined, ...patch }).filter((e): e is [string, string] => !!e[1]);
  return `/t/${slug}/calendar?${new URLSearchParams(params).toString()}`;
}
