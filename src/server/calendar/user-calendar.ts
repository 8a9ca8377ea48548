import "server-only";
import { can } from "@/domain/auth/permissions";
import type { CalendarQueryParams } from "@/domain/calendar/calendar-query";
import { EVENT_KINDS, viewRange } from "@/domain/calendar/calendar-view";
import { todayIn } from "@/domain/dates/calendar-date";
import type { TenantContext } from "@/server/tenant-context";
import { listCalendarEvents } from "./list-calendar-events";

/**
 * The calendar page's events: a manager always sees his own calendar; a director or admin any member's, or
 * everyone's with "all". The agenda opens with everything overdue.
 */
export async function userCalendar(ctx: TenantContext, params: CalendarQueryParams, now = new Date()) {
  const today = todayIn(ctx.tenant.timeZone, now);
  const anchor = params.date ?? today;
  const range = viewRange(params.view, anchor, params.to);
  const userId = can(ctx.role, "calendar.readAll") && params.user ? (params.user === "all" ? null : params.user) : ctx.user.id;
  const { events, truncated } = await listCalendarEvents({
    tenantId: ctx.tenant.id,
    timeZone: ctx.tenant.timeZone,
    ...range,
    includeOverdue: params.view === "agenda" && range.from <= today,
    userId,
    counterpartyId: params.counterparty,
    kinds: params.kind ? [params.kind] : EVENT_KINDS,
    importance: params.importance,
    now,
  });
  return { events, truncated, range, anchor, today };
}
