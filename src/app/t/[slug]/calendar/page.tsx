import { getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { parseCalendarQuery } from "@/domain/calendar/calendar-query";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/server/page-context";
import { userCalendar } from "@/server/calendar/user-calendar";
import { calendarFeedOf } from "@/server/calendar/calendar-feed-of";
import { listFormOptions } from "@/server/counterparties/list-form-options";
import { GridView, ListView } from "./calendar-views";
import { FeedCard } from "./feed-card";
import { calendarHref } from "./calendar-href";
import { CalendarHeader } from "./calendar-header";
import { CalendarNavigation } from "./calendar-navigation";
import { CalendarFilters } from "./calendar-filters";
import { CalendarNotices } from "./calendar-notices";

export async function generateMetadata() {
  return { title: (await getTranslations("calendar"))("title") };
}

/** SPEC §8: the user's calendar — agenda, day, week and month — with its filters and the iCalendar feed. */
export default async function CalendarPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "counterparty.read");
  const query = parseCalendarQuery(await searchParams);
  const readsAll = can(ctx.role, "calendar.readAll");
  const [t, calendar, options, feedUrl] = await Promise.all([
    getTranslations("calendar"),
    userCalendar(ctx, query),
    readsAll ? listFormOptions(ctx) : null,
    calendarFeedOf(ctx),
  ]);
  const { events, truncated, overdueTruncated, range, anchor, today } = calendar;
  const viewProps = {
    slug,
    events,
    ...range,
    today,
    timeZone: ctx.tenant.timeZone,
    currency: ctx.tenant.currency,
    viewer: { role: ctx.role, userId: ctx.user.id, canEmail: can(ctx.role, "email.send") },
    dayHref: (day: string) => calendarHref(slug, query, { view: "day", date: day }),
  };

  return (
    <>
      <CalendarHeader
        slug={slug}
        view={query.view}
        anchor={anchor}
        range={range}
        canCreate={can(ctx.role, "interaction.write")}
      />
      <CalendarNavigation slug={slug} query={query} anchor={anchor} />
      <CalendarFilters
        slug={slug}
        query={query}
        managers={options?.managers ?? null}
        viewerId={ctx.user.id}
        today={today}
        rangeTo={range.to}
        counterpartyName={events[0]?.counterpartyName}
      />
      <CalendarNotices
        slug={slug}
        query={query}
        truncated={truncated}
        overdueTruncated={overdueTruncated}
        firstDay={events[0]?.day}
      />
      {query.view === "agenda" || query.view === "day" ? (
        <ListView {...viewProps} />
      ) : (
        <GridView {...viewProps} month={query.view === "month" ? anchor.slice(0, 7) : null} />
      )}
      <Card title={t("feedTitle")} className="mt-6">
        <FeedCard slug={slug} url={feedUrl} />
      </Card>
    </>
  );
}
