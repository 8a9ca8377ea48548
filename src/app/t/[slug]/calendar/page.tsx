import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { parseCalendarQuery } from "@/domain/calendar/calendar-query";
import { CALENDAR_VIEWS, EVENT_KINDS, shiftAnchor } from "@/domain/calendar/calendar-view";
import { dateValue } from "@/domain/dates/calendar-date";
import { IMPORTANCES } from "@/domain/interactions/interaction-input";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { FILTER_CONTROL, FilterChoice } from "@/components/forms/filter-choice";
import { requirePagePermission } from "@/server/page-context";
import { OVERDUE_SHOWN, userCalendar } from "@/server/calendar/user-calendar";
import { calendarFeedOf } from "@/server/calendar/calendar-feed-of";
import { listFormOptions } from "@/server/counterparties/list-form-options";
import { CALENDAR_EVENT_CAP } from "@/server/calendar/list-calendar-events";
import { GridView, ListView } from "./calendar-views";
import { FeedCard } from "./feed-card";

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
  const [t, format, calendar, options, feedUrl] = await Promise.all([
    getTranslations("calendar"),
    getFormatter(),
    userCalendar(ctx, query),
    readsAll ? listFormOptions(ctx) : null,
    calendarFeedOf(ctx),
  ]);
  const { events, truncated, overdueTruncated, range, anchor, today } = calendar;
  const base = `/t/${slug}/calendar`;
  // Moving to another view or page drops the agenda's own end date.
  const href = (patch: Record<string, string | undefined>) =>
    `?${new URLSearchParams(Object.entries({ ...query, to: undefined, ...patch }).filter((e): e is [string, string] => !!e[1])).toString()}`;
  const dayHref = (day: string) => `${base}${href({ view: "day", date: day })}`;
  const title =
    query.view === "month"
      ? format.dateTime(dateValue(anchor), { month: "long", year: "numeric", timeZone: "UTC" })
      : `${format.dateTime(dateValue(range.from), { dateStyle: "medium", timeZone: "UTC" })}${range.to !== range.from ? ` – ${format.dateTime(dateValue(range.to), { dateStyle: "medium", timeZone: "UTC" })}` : ""}`;
  const viewProps = {
    slug,
    events,
    ...range,
    today,
    timeZone: ctx.tenant.timeZone,
    currency: ctx.tenant.currency,
    viewer: { role: ctx.role, userId: ctx.user.id, canEmail: can(ctx.role, "email.send") },
    dayHref,
  };

  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={title}
        actions={
          can(ctx.role, "interaction.write") && (
            <Link href={`/t/${slug}/interactions/new`} className={buttonClass()}>
              {t("newInteraction")}
            </Link>
          )
        }
      />
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <nav className="flex overflow-hidden rounded-md border border-slate-300" aria-label={t("views.label")}>
          {CALENDAR_VIEWS.map((v) => (
            <Link
              key={v}
              href={`${base}${href({ view: v })}`}
              aria-current={v === query.view ? "page" : undefined}
              className={`px-3 py-1.5 text-sm ${v === query.view ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
            >
              {t(`views.${v}`)}
            </Link>
          ))}
        </nav>
        <Link
          href={`${base}${href({ date: shiftAnchor(query.view, anchor, -1) })}`}
          className={buttonClass("secondary", "sm")}
          aria-label={t("previous")}
        >
          ←
        </Link>
        <Link href={`${base}${href({ date: undefined })}`} className={buttonClass("secondary", "sm")}>
          {t("today")}
        </Link>
        <Link
          href={`${base}${href({ date: shiftAnchor(query.view, anchor, 1) })}`}
          className={buttonClass("secondary", "sm")}
          aria-label={t("next")}
        >
          →
        </Link>
      </div>
      <form
        method="get"
        action={base}
        role="search"
        className="mb-4 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3"
      >
        <input type="hidden" name="view" value={query.view} />
        {options && (
          <select name="user" defaultValue={query.user ?? ""} aria-label={t("whose")} className={FILTER_CONTROL}>
            <option value="">{t("mine")}</option>
            <option value="all">{t("everyone")}</option>
            {options.managers
              .filter((m) => m.id !== ctx.user.id)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
          </select>
        )}
        <FilterChoice
          name="kind"
          label={t("kind")}
          value={query.kind}
          any={t("anyKind")}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <FilterChoice
          name="importance"
          label={t("importance")}
          value={query.importance}
          any={t("anyImportance")}
          options={IMPORTANCES.map((i) => ({ value: i, label: t(`importances.${i}`) }))}
        />
        <label className="flex items-center gap-2 text-sm text-slate-600">
          {t("from")} <input type="date" name="date" defaultValue={query.date ?? today} className={FILTER_CONTROL} />
        </label>
        {query.view === "agenda" && (
          <label className="flex items-center gap-2 text-sm text-slate-600">
            {t("to")} <input type="date" name="to" defaultValue={query.to ?? range.to} className={FILTER_CONTROL} />
          </label>
        )}
        {query.counterparty && <input type="hidden" name="counterparty" value={query.counterparty} />}
        <button type="submit" className={buttonClass()}>
          {t("apply")}
        </button>
        <Link href={`${base}?view=${query.view}`} className={buttonClass("secondary")}>
          {t("reset")}
        </Link>
        {query.counterparty && events[0] && (
          <span className="text-sm text-slate-600">{t("onlyCounterparty", { name: events[0].counterpartyName })}</span>
        )}
      </form>
      {truncated && <p className="mb-3 text-sm text-amber-700">{t("truncated", { count: CALENDAR_EVENT_CAP })}</p>}
      {overdueTruncated && events[0] && (
        <p className="mb-3 text-sm text-red-700" data-testid="overdue-truncated">
          {t("overdueTruncated", { count: OVERDUE_SHOWN })}{" "}
          <Link href={`${base}${href({ view: "month", date: events[0].day })}`} className="underline">
            {t("olderOverdue")}
          </Link>
        </p>
      )}
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
