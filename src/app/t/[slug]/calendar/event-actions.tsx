import { Link } from "@/components/ui/link";
import { localDateTime } from "@/domain/dates/local-time";
import type { CalendarEvent } from "@/server/calendar/list-calendar-events";
import type { EventWriting } from "./event-item";
import { InteractionQuickActions } from "./interaction-quick-actions";

const LINK = "text-brand-700 hover:underline";

/** SPEC §8.3: from an interaction — mark done, reschedule, write an e-mail; from an order — its analysis and the client's settlements. */
export function EventActions({
  slug,
  event: e,
  timeZone,
  canWrite,
  canEmail,
  writing: { label },
}: {
  slug: string;
  event: CalendarEvent;
  timeZone: string;
  canWrite: boolean;
  canEmail: boolean;
  writing: EventWriting;
}) {
  if (e.kind !== "interaction") {
    return (
      <div className="flex flex-wrap gap-3 text-xs">
        <Link href={`/t/${slug}/orders/${e.orderId}`} className={LINK}>
          {label("orderAnalysis")}
        </Link>
        <Link href={`/t/${slug}/counterparties/${e.counterpartyId}/settlements`} className={LINK}>
          {label("settlements")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-start gap-3 text-xs">
      {canEmail && (
        <Link href={`/t/${slug}/emails/new?interaction=${e.id}`} className={LINK}>
          {label("writeEmail")}
        </Link>
      )}
      {canWrite && (
        <InteractionQuickActions
          slug={slug}
          id={e.id}
          version={e.version}
          plannedAt={localDateTime(e.at, timeZone)}
          label={label("markDoneOrReschedule")}
        />
      )}
    </div>
  );
}
