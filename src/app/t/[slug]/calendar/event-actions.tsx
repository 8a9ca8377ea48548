import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localDateTime } from "@/domain/dates/local-time";
import type { CalendarEvent } from "@/server/calendar/list-calendar-events";
import { CompleteInteractionForm, RescheduleInteractionForm } from "../interactions/status-forms";

const LINK = "text-brand-700 hover:underline";

/** SPEC §8.3: from an interaction — mark done, reschedule, write an e-mail; from an order — its analysis and the client's settlements. */
export async function EventActions({ slug, event: e, timeZone, canWrite, canEmail }: { slug: string; event: CalendarEvent; timeZone: string; canWrite: boolean; canEmail: boolean }) {
  const t = await getTranslations("calendar");
  if (e.kind !== "interaction") {
    return (
      <div className="flex flex-wrap gap-3 text-xs">
        <Link href={`/t/${slug}/orders/${e.orderId}`} className={LINK}>{t("orderAnalysis")}</Link>
        <Link href={`/t/${slug}/counterparties/${e.counterpartyId}/settlements`} className={LINK}>{t("settlements")}</Link>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-start gap-3 text-xs">
      {canEmail && <Link href={`/t/${slug}/emails/new?interaction=${e.id}`} className={LINK}>{t("writeEmail")}</Link>}
      {canWrite && (
        <details className="w-full sm:w-auto">
          <summary className={`cursor-pointer ${LINK}`}>{t("markDoneOrReschedule")}</summary>
          <div className="mt-2 grid gap-4 rounded-md border border-slate-200 bg-slate-50 p-3 md:grid-cols-2">
            <CompleteInteractionForm slug={slug} id={e.id} version={e.version} />
            <RescheduleInteractionForm slug={slug} id={e.id} version={e.version} plannedAt={localDateTime(e.at, timeZone)} />
          </div>
        </details>
      )}
    </div>
  );
}
