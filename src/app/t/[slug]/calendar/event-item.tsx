import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { importanceMark } from "@/domain/calendar/event-colour";
import { moneyFormatter } from "@/i18n/format-money";
import { EVENT_COLOUR_CLASS } from "@/components/calendar/event-colour-class";
import type { CalendarEvent } from "@/server/calendar/list-calendar-events";

/**
 * What the events of one page are written with, read once for all of them: a view lists hundreds, and next-intl
 * looks up each message and format by a JSON key on every call (about 9 ms of an agenda, docs/performance.md).
 */
export async function eventWriting(currency: string, timeZone: string) {
  const [t, format, locale] = await Promise.all([getTranslations("calendar"), getFormatter(), getLocale()]);
  const once = <K extends string>(label: (key: K) => string) => {
    const labels = new Map<K, string>();
    return (key: K) => labels.get(key) ?? labels.set(key, label(key)).get(key)!;
  };
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone });
  return {
    t,
    format,
    money: moneyFormatter(locale, currency),
    time: (at: Date) => time.format(at),
    type: once((type: string) => t(`types.${type}` as "types.CALL")),
    mark: once((importance: string) => t(`marks.${importance}` as "marks.HIGH")),
    label: once((key: "allDay" | "orderAnalysis" | "settlements" | "writeEmail" | "markDoneOrReschedule") => t(key)),
  };
}
export type EventWriting = Awaited<ReturnType<typeof eventWriting>>;

/**
 * One thing to do, in its colour: an interaction (type, subject, client) or an expected shipment or payment with
 * what remains. `compact` is the one-line form of the week and month grids.
 */
export function EventItem({
  slug,
  event: e,
  writing: { t, money, time: timeOf, type, mark: markLabel, label },
  compact = false,
}: {
  slug: string;
  event: CalendarEvent;
  writing: EventWriting;
  compact?: boolean;
}) {
  const mark = importanceMark(e.importance);
  const time = e.allDay ? label("allDay") : timeOf(e.at);
  const href = e.kind === "interaction" ? `/t/${slug}/interactions/${e.id}` : `/t/${slug}/orders/${e.orderId}`;
  const title =
    e.kind === "interaction"
      ? `${type(e.type ?? "")}: ${e.subject}`
      : t(e.kind === "shipment" ? "expectedShipment" : "expectedPayment", {
          number: e.orderNumber ?? 0,
          remaining: money(e.remaining),
        });
  return (
    <div
      className={`${EVENT_COLOUR_CLASS[e.colour]} ${compact ? "truncate text-xs" : "text-sm"}`}
      data-colour={e.colour}
      data-kind={e.kind}
      title={compact ? `${mark} ${title} — ${e.counterpartyName}` : undefined}
    >
      {!(compact && e.allDay) && <span className="tabular-nums">{time}</span>}{" "}
      {mark && (
        <span className="font-bold" aria-label={markLabel(e.importance)}>
          {mark}
        </span>
      )}{" "}
      <Link href={href} className="font-medium hover:underline">
        {title}
      </Link>
      {!compact && (
        <>
          {" — "}
          <Link href={`/t/${slug}/counterparties/${e.counterpartyId}`} className="hover:underline">
            {e.counterpartyName}
          </Link>
          <span className="text-xs"> · {e.responsibleName}</span>
        </>
      )}
    </div>
  );
}
