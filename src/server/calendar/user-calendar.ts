import "server-only";
import { can } from "@/domain/auth/permissions";
import type { CalendarQueryParams } from "@/domain/calendar/calendar-query";
import { EVENT_KINDS, GRID_EVENTS_PER_DAY, viewRange } from "@/domain/calendar/calendar-view";
import { todayIn } from "@/domain/dates/calendar-date";
import type { TenantContext } from "@/server/tenant-context";
import { listCalendarEvents } from "./list-calendar-events";

/** The agenda's overdue head shows the most recent of them; older ones are in the month view of their month. */
export const OVERDUE_SHOWN = 100;

/**
 * The calendar page's events: a manager always sees his own calendar; a director or admin any member's, or
 * everyone's with "all". The agenda opens with everything overdue.
 */
export async function userCalendar(ctx: TenantContext, params: CalendarQueryParams, now = new Date()) {
  const today = todayIn(ctx.tenant.timeZone, now);
  const anchor = params.date ?? today;
  const range = viewRange(params.view, anchor, params.to);
  const userId =
    can(ctx.role, "calendar.readAll") && params.user ? (params.user === "all" ? null : params.user) : ctx.user.id;
  const query = {
    tenantId: ctx.tenant.id,
    timeZone: ctx.tenant.timeZone,
    userId,
    counterpartyId: params.counterparty,
    kinds: params.kind ? [params.kind] : EVENT_KINDS,
    importance: params.importance,
    now,
  };
  const window = await listCalendarEvents({
    ...query,
    ...range,
    includeOverdue: false,
    perDay: GRID_EVENTS_PER_DAY[params.view],
  });
  // The agenda opens with what is overdue, newest first up to a limit, so that a long backlog never pushes today
  // and the days ahead out of the page.
  const overdue =
    params.view === "agenda" && range.from <= today
      ? await listCalendarEvents({
          ...query,
          ...range,
          includeOverdue: false,
          overdueOnly: true,
          newestFirst: true,
          limit: OVERDUE_SHOWN,
        })
      : { events: [], truncated: false };
  // With a start before today the window holds part of what is overdue already.
  const before = overdue.events.filter((e) => e.day < range.from);
  return {
    events: [...before, ...window.events],
    truncated: window.truncated,
    overdueTruncated: overdue.truncated,
    range,
    anchor,
    today,
  };
}
