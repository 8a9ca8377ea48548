import { Link } from "@/components/ui/link";
import { canWriteInteraction, type Role } from "@/domain/auth/permissions";
import { daysBetween } from "@/domain/calendar/calendar-view";
import { dateValue } from "@/domain/dates/calendar-date";
import type { CalendarEvent } from "@/server/calendar/list-calendar-events";
import { EventItem, eventWriting } from "./event-item";
import { EventActions } from "./event-actions";

interface ViewProps {
  slug: string;
  events: CalendarEvent[];
  from: string;
  to: string;
  today: string;
  timeZone: string;
  currency: string;
  viewer: { role: Role; userId: string; canEmail: boolean };
  dayHref: (day: string) => string;
}

function byDay(events: CalendarEvent[]) {
  const days = new Map<string, CalendarEvent[]>();
  for (const e of events) days.set(e.day, [...(days.get(e.day) ?? []), e]);
  return days;
}

/** Agenda and day views: the days that have something to do, overdue first, each event with its actions. */
export async function ListView({ slug, events, today, timeZone, currency, viewer }: ViewProps) {
  const writing = await eventWriting(currency, timeZone);
  const { t, format } = writing;
  if (events.length === 0)
    return <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-500">{t("empty")}</p>;
  return (
    <div className="space-y-4" data-testid="calendar-list">
      {[...byDay(events)].map(([day, dayEvents]) => (
        <section key={day} className="rounded-lg border border-slate-200 bg-white">
          <h2
            className={`border-b border-slate-100 px-4 py-2 text-sm font-semibold ${day < today ? "text-red-700" : day === today ? "text-slate-950" : "text-slate-500"}`}
          >
            {format.dateTime(dateValue(day), {
              weekday: "long",
              day: "numeric",
              month: "long",
              year: "numeric",
              timeZone: "UTC",
            })}
            {day === today && ` · ${t("today")}`}
          </h2>
          <ul className="divide-y divide-slate-100">
            {dayEvents.map((e) => (
              <li key={`${e.kind}-${e.id}`} className="space-y-1 px-4 py-2" data-testid="calendar-event">
                <EventItem slug={slug} event={e} writing={writing} />
                <EventActions
                  slug={slug}
                  event={e}
                  timeZone={timeZone}
                  canWrite={canWriteInteraction(viewer.role, viewer.userId, e.responsibleUserId)}
                  canEmail={viewer.canEmail}
                  writing={writing}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Week and month views: a Monday-first grid of days, each with its events on one line apiece. */
export async function GridView({
  slug,
  events,
  from,
  to,
  today,
  timeZone,
  currency,
  dayHref,
  month,
}: ViewProps & { month: string | null }) {
  const writing = await eventWriting(currency, timeZone);
  const { t, format } = writing;
  const days = daysBetween(from, to);
  const grouped = byDay(events);
  const weekdays = days.slice(0, 7).map((d) => format.dateTime(dateValue(d), { weekday: "short", timeZone: "UTC" }));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="calendar-grid">
      <div className="grid min-w-[56rem] grid-cols-7 border-b border-slate-200 text-xs font-semibold text-slate-500">
        {weekdays.map((w) => (
          <div key={w} className="px-2 py-1">
            {w}
          </div>
        ))}
      </div>
      <div className="grid min-w-[56rem] grid-cols-7">
        {days.map((day) => {
          const list = grouped.get(day) ?? [];
          const outside = month !== null && !day.startsWith(month);
          return (
            <div
              key={day}
              className={`min-h-24 border-b border-r border-slate-100 p-1 ${outside ? "bg-slate-50" : ""} ${day === today ? "ring-2 ring-inset ring-brand-500" : ""}`}
              data-day={day}
            >
              <Link
                href={dayHref(day)}
                className={`block text-xs ${day === today ? "font-bold text-brand-700" : "text-slate-500"} hover:underline`}
              >
                {format.dateTime(dateValue(day), {
                  day: "numeric",
                  month: day.endsWith("-01") ? "short" : undefined,
                  timeZone: "UTC",
                })}
              </Link>
              <ul className="space-y-0.5">
                {list.map((e) => (
                  <li key={`${e.kind}-${e.id}`} data-testid="calendar-event">
                    <EventItem slug={slug} event={e} writing={writing} compact />
                  </li>
                ))}
              </ul>
              {list.length > 0 && list[0]!.dayCount > list.length && (
                <Link href={dayHref(day)} className="text-xs text-brand-700 hover:underline">
                  {t("more", { count: list[0]!.dayCount - list.length })}
                </Link>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
