import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CalendarView } from "@/domain/calendar/calendar-view";
import { dateValue } from "@/domain/dates/calendar-date";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";

/** The calendar's title under what the view shows (the month, or its first and last day), and "new interaction". */
export async function CalendarHeader({
  slug,
  view,
  anchor,
  range,
  canCreate,
}: {
  slug: string;
  view: CalendarView;
  anchor: string;
  range: { from: string; to: string };
  canCreate: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("calendar"), getFormatter()]);
  const day = (date: string) => format.dateTime(dateValue(date), { dateStyle: "medium", timeZone: "UTC" });
  const shown =
    view === "month"
      ? format.dateTime(dateValue(anchor), { month: "long", year: "numeric", timeZone: "UTC" })
      : `${day(range.from)}${range.to !== range.from ? ` – ${day(range.to)}` : ""}`;
  return (
    <PageHeader
      title={t("title")}
      subtitle={shown}
      actions={
        canCreate && (
          <Link href={`/t/${slug}/interactions/new`} className={buttonClass()}>
            {t("newInteraction")}
          </Link>
        )
      }
    />
  );
}
