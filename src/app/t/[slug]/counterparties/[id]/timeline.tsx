import { getFormatter, getTranslations } from "next-intl/server";

interface TimelineEvent {
  id: string;
  action: string;
  createdAt: Date;
  changes: unknown;
  actor: { user: { name: string } } | null;
}

function summary(changes: unknown): string {
  const { after = {} } = (changes ?? {}) as { after?: Record<string, unknown> };
  return Object.entries(after)
    .filter(([k, v]) => v !== null && v !== undefined && !k.endsWith("Id"))
    .map(([, v]) => String(v))
    .join(", ");
}

/** Newest first. Interactions, e-mails, orders, shipments and payments join this list as they arrive. */
export async function Timeline({ events, timeZone }: { events: TimelineEvent[]; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("counterparties"), getFormatter()]);
  if (events.length === 0) return <p className="text-sm text-slate-500">{t("card.noTimeline")}</p>;
  return (
    <ol className="space-y-3" data-testid="timeline">
      {events.map((e) => (
        <li key={e.id} className="border-l-2 border-brand-100 pl-3 text-sm">
          <p className="text-xs text-slate-500">
            {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone })} · {e.actor?.user.name ?? "—"}
          </p>
          <p className="font-medium">{t.has(`events.${e.action}`) ? t(`events.${e.action}` as "events.counterparty.created") : e.action}</p>
          {summary(e.changes) && <p className="text-slate-600">{summary(e.changes)}</p>}
        </li>
      ))}
    </ol>
  );
}
