import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { CalendarQueryParams } from "@/domain/calendar/calendar-query";
import { OVERDUE_SHOWN } from "@/server/calendar/user-calendar";
import { CALENDAR_EVENT_CAP } from "@/server/calendar/list-calendar-events";
import { calendarHref } from "./calendar-href";

/** What the view leaves out: events past the cap, and the overdue ones older than the agenda shows. */
export async function CalendarNotices({
  slug,
  query,
  truncated,
  overdueTruncated,
  firstDay,
}: {
  slug: string;
  query: CalendarQueryParams;
  truncated: boolean;
  overdueTruncated: boolean;
  /** The first event's day: the oldest overdue one shown, when there are any. */
  firstDay: string | undefined;
}) {
  const t = await getTranslations("calendar");
  return (
    <>
      {truncated && <p className="mb-3 text-sm text-amber-700">{t("truncated", { count: CALENDAR_EVENT_CAP })}</p>}
      {overdueTruncated && firstDay !== undefined && (
        <p className="mb-3 text-sm text-red-700" data-testid="overdue-truncated">
          {t("overdueTruncated", { count: OVERDUE_SHOWN })}{" "}
          <Link href={calendarHref(slug, query, { view: "month", date: firstDay })} className="underline">
            {t("olderOverdue")}
          </Link>
        </p>
      )}
    </>
  );
}
