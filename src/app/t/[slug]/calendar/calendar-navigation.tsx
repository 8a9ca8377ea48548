import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { CalendarQueryParams } from "@/domain/calendar/calendar-query";
import { CALENDAR_VIEWS, shiftAnchor } from "@/domain/calendar/calendar-view";
import { buttonClass } from "@/components/ui/button";
import { calendarHref } from "./calendar-href";

/** The view switcher, and the steps to the previous period, today and the next one. */
export async function CalendarNavigation({
  slug,
  query,
  anchor,
}: {
  slug: string;
  query: CalendarQueryParams;
  anchor: string;
}) {
  const t = await getTranslations("calendar");
  const href = (patch: Record<string, string | undefined>) => calendarHref(slug, query, patch);
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2">
      <nav className="flex overflow-hidden rounded-md border border-slate-300" aria-label={t("views.label")}>
        {CALENDAR_VIEWS.map((v) => (
          <Link
            key={v}
            href={href({ view: v })}
            aria-current={v === query.view ? "page" : undefined}
            className={`px-3 py-1.5 text-sm ${v === query.view ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {t(`views.${v}`)}
          </Link>
        ))}
      </nav>
      <Link
        href={href({ date: shiftAnchor(query.view, anchor, -1) })}
        className={buttonClass("secondary", "sm")}
        aria-label={t("previous")}
      >
        ←
      </Link>
      <Link href={href({ date: undefined })} className={buttonClass("secondary", "sm")}>
        {t("today")}
      </Link>
      <Link
        href={href({ date: shiftAnchor(query.view, anchor, 1) })}
        className={buttonClass("secondary", "sm")}
        aria-label={t("next")}
      >
        →
      </Link>
    </div>
  );
}
