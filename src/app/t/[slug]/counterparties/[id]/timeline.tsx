import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { moneyFormatter } from "@/i18n/format-money";
import type { TimelineEntry } from "@/server/counterparties/counterparty-timeline";

function summary(changes: unknown): string {
  const { after = {} } = (changes ?? {}) as { after?: Record<string, unknown> };
  return Object.entries(after)
    .filter(([k, v]) => v !== null && v !== undefined && !k.endsWith("Id"))
    .map(([, v]) => String(v))
    .join(", ");
}

function InteractionEntry({
  slug,
  entry: e,
  when,
  t,
}: {
  slug: string;
  entry: TimelineEntry;
  when: string;
  t: Awaited<ReturnType<typeof getTranslations<"interactions">>>;
}) {
  const failed = e.emailStatus === "FAILED";
  const detail = [
    t(`types.${e.action}` as "types.CALL"),
    t(`statuses.${e.status}` as "statuses.DONE"),
    e.emailStatus && t(`emailStatuses.${e.emailStatus}` as "emailStatuses.SENT"),
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <li className="border-l-2 border-brand-100 pl-3 text-sm" data-kind="interaction" data-type={e.action}>
      <p className="text-xs text-slate-500">
        {when} · {e.actorName ?? "—"}
      </p>
      <p className="font-medium">
        <Link href={`/t/${slug}/interactions/${e.id}`} className="text-brand-700 hover:underline">
          {e.subject}
        </Link>
      </p>
      <p className={failed ? "text-red-700" : "text-slate-600"}>{detail}</p>
    </li>
  );
}

/** Newest first: changes to the card, interactions and the documents (orders, shipments, payments) by their dates. */
export async function Timeline({
  slug,
  entries,
  timeZone,
  currency,
}: {
  slug: string;
  entries: TimelineEntry[];
  timeZone: string;
  currency: string;
}) {
  const [t, to, ti, format, locale] = await Promise.all([
    getTranslations("counterparties"),
    getTranslations("orders"),
    getTranslations("interactions"),
    getFormatter(),
    getLocale(),
  ]);
  const money = moneyFormatter(locale, currency);
  if (entries.length === 0) return <p className="text-sm text-slate-500">{t("card.noTimeline")}</p>;
  return (
    <ol className="space-y-3" data-testid="timeline">
      {entries.map((e) => {
        if (e.kind === "interaction")
          return (
            <InteractionEntry
              key={`i-${e.id}`}
              slug={slug}
              entry={e}
              when={format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short", timeZone })}
              t={ti}
            />
          );
        const when =
          e.kind === "event"
            ? format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short", timeZone })
            : format.dateTime(e.at, { dateStyle: "medium", timeZone: "UTC" });
        const title =
          e.kind === "event"
            ? t.has(`events.${e.action}`)
              ? t(`events.${e.action}` as "events.counterparty.created")
              : e.action
            : e.kind === "order"
              ? to("orderNo", { number: e.number ?? 0 })
              : e.kind === "shipment"
                ? to("shipmentNo", { number: e.number ?? 0 })
                : to("paymentNo", { number: e.number ?? 0 });
        const detail =
          e.kind === "event"
            ? summary(e.changes)
            : [money(e.amount), e.kind === "order" && e.status ? to(`statuses.${e.status}` as "statuses.DRAFT") : null]
                .filter(Boolean)
                .join(" · ");
        return (
          <li key={`${e.kind}-${e.id}`} className="border-l-2 border-brand-100 pl-3 text-sm" data-kind={e.kind}>
            <p className="text-xs text-slate-500">
              {when} · {e.actorName ?? "—"}
            </p>
            <p className="font-medium">
              {e.orderId ? (
                <Link href={`/t/${slug}/orders/${e.orderId}`} className="text-brand-700 hover:underline">
                  {title}
                </Link>
              ) : (
                title
              )}
            </p>
            {detail && <p className="text-slate-600">{detail}</p>}
          </li>
        );
      })}
    </ol>
  );
}
