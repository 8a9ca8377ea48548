import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { eventColour, importanceMark } from "@/domain/calendar/event-colour";
import { todayIn } from "@/domain/dates/calendar-date";
import { localDate } from "@/domain/dates/local-time";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { EVENT_COLOUR_CLASS } from "@/components/calendar/event-colour-class";
import type { CounterpartyCard } from "@/server/counterparties/get-counterparty-card";

/** The next planned contacts with the client, coloured as in the calendar, and the ways to plan or write one. */
export async function InteractionsPanel({
  slug,
  counterpartyId,
  card,
  timeZone,
  canPlan,
  canEmail,
}: {
  slug: string;
  counterpartyId: string;
  card: CounterpartyCard;
  timeZone: string;
  canPlan: boolean;
  canEmail: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("interactions"), getFormatter()]);
  const today = todayIn(timeZone);
  return (
    <Card
      title={t("planned")}
      actions={
        <div className="flex gap-2">
          {canEmail && (
            <Link
              href={`/t/${slug}/emails/new?counterparty=${counterpartyId}`}
              className={buttonClass("secondary", "sm")}
            >
              {t("writeEmail")}
            </Link>
          )}
          {canPlan && (
            <Link
              href={`/t/${slug}/interactions/new?counterparty=${counterpartyId}`}
              className={buttonClass("secondary", "sm")}
            >
              {t("plan")}
            </Link>
          )}
        </div>
      }
    >
      {card.plannedInteractions.length === 0 ? (
        <p className="text-sm text-slate-500">{t("nonePlanned")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="planned-interactions">
          {card.plannedInteractions.map((i) => (
            <li
              key={i.id}
              className={`flex justify-between gap-3 py-2 ${EVENT_COLOUR_CLASS[eventColour(localDate(i.at, timeZone), today)]}`}
            >
              <Link href={`/t/${slug}/interactions/${i.id}`} className="hover:underline">
                {importanceMark(i.importance) && <span className="mr-1 font-bold">{importanceMark(i.importance)}</span>}
                {t(`types.${i.type}`)}: {i.subject}
              </Link>
              <span className="shrink-0 tabular-nums">
                {format.dateTime(i.at, { dateStyle: "short", timeStyle: "short", timeZone })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
