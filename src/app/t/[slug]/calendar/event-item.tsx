import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { importanceMark } from "@/domain/calendar/event-colour";
import { moneyFormatter } from "@/i18n/format-money";
import { EVENT_COLOUR_CLASS } from "@/components/calendar/event-colour-class";
import type { CalendarEvent } from "@/server/calendar/list-calendar-events";

/** What the events of one page are written with, read once for all of them (a view lists hundreds). */
export async function eventWriting(currency: string) {
  const [t, format, locale] = await Promise.all([getTranslations("calendar"), getFormatter(), getLocale()]);
  return { t, format, money: moneyFormatter(locale, currency) };
}
export type EventWriting = Awaited<ReturnType<typeof eventWriting>>;

/**
 * One thing to do, in its colour: an interaction (type, subject, client) or an expected shipment or payment with
 * what remains. `compact` is the one-line form of the week and month grids.
 */
export function EventItem({ slug, event: e, timeZone, writing: { t, format, money }, compact = false }: { slug: string; event: CalendarEvent; timeZone: string; writing: EventWriting; compact?: boolean }) {
  const mark = importanceMark(e.importance);
  const time = e.allDay ? t("allDay") : format.dateTime(e.at, { timeStyle: "short", timeZone });
  const href = e.kind === "interaction" ? `/t/${slug}/interactions/${e.id}` : `/t/${slug}/orders/${e.orderId}`;
  const title =
    e.kind === "interaction"
      ? `${t(`types.${e.type}` as "types.CALL")}: ${e.subject}`
      : t(e.kind === "shipment" ? "expectedShipment" : "expectedPayment", { number: e.orderNumber ?? 0, remaining: money(e.remaining) });
  return (
    <div className={`${EVENT_COLOUR_CLASS[e.colour]} ${compact ? "truncate text-xs" : "text-sm"}`} data-colour={e.colour} data-kind={e.kind} title={compact ? `${mark} ${title} — ${e.counterpartyName}` : undefined}>
      {!(compact && e.allDay) && <span className="tabular-nums">{time}</span>} {mark && <span className="font-bold" aria-label={t(`marks.${e.importance}` as "marks.HIGH")}>{mark}</span>}{" "}
      <Link href={href} className="font-medium hover:underline">
        {title}
      </Link>
      {!compact && (
        <>
          {" — "}
          <Link href={`/t/${slug}/counterparties/${e.counterpartyId}`} className="hover:underline">{e.counterpartyName}</Link>
          <span className="text-xs"> · {e.responsibleName}</span>
        </>
      )}
    </div>
  );
}
