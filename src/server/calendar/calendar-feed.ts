import "server-only";
import ical, { ICalCalendarMethod } from "ical-generator";
import { addDays } from "date-fns";
import { EVENT_KINDS } from "@/domain/calendar/calendar-view";
import { dateValue, isoDate, todayIn } from "@/domain/dates/calendar-date";
import { importanceMark } from "@/domain/calendar/event-colour";
import { fromLocaleColumn } from "@/i18n/locales";
import { translate } from "@/i18n/translate";
import { unsafeDb } from "@/server/db";
import { env } from "@/server/env";
import { isFeedSignature } from "./calendar-feed-token";
import { listCalendarEvents } from "./list-calendar-events";

/** The feed covers what is overdue and the year ahead; calendar programs poll it every few hours. */
const FEED_DAYS_AHEAD = 366;
const DEFAULT_MINUTES = 30;

/**
 * The member's calendar as RFC 5545 text, or null for an unknown tenant, member or signature: the caller answers
 * every such request the same way, so a wrong URL reveals nothing. Unscoped reads: the URL, not a session, names
 * the tenant, and the signature is checked before anything of it is read.
 */
export async function unsafeCalendarFeed(
  tenantId: string,
  userId: string,
  signature: string,
  now = new Date(),
): Promise<string | null> {
  const member = await unsafeDb().membership.findFirst({
    where: { tenantId, userId, active: true, user: { active: true } },
    select: {
      calendarFeedVersion: true,
      user: { select: { name: true, locale: true } },
      tenant: { select: { name: true, slug: true, timeZone: true, currency: true } },
    },
  });
  if (!member?.calendarFeedVersion || !isFeedSignature(signature, tenantId, userId, member.calendarFeedVersion))
    return null;

  const { tenant, user } = member;
  const locale = fromLocaleColumn(user.locale);
  const today = todayIn(tenant.timeZone, now);
  const { events } = await listCalendarEvents({
    tenantId,
    timeZone: tenant.timeZone,
    from: today,
    to: isoDate(addDays(dateValue(today), FEED_DAYS_AHEAD)),
    includeOverdue: true,
    userId,
    kinds: EVENT_KINDS,
    now,
  });
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: tenant.currency });
  const base = env().NEXTAUTH_URL;
  const calendar = ical({
    name: `${tenant.name} — ${user.name}`,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: "crm", product: "calendar", language: locale.toUpperCase() },
  });
  for (const e of events) {
    const mark = importanceMark(e.importance);
    const title =
      e.kind === "interaction"
        ? `${translate(locale, `calendar.types.${e.type}`)}: ${e.subject}`
        : translate(locale, e.kind === "shipment" ? "calendar.expectedShipment" : "calendar.expectedPayment", {
            number: e.orderNumber ?? 0,
            remaining: money.format(Number(e.remaining)),
          });
    const path = e.kind === "interaction" ? `interactions/${e.id}` : `orders/${e.orderId}`;
    calendar.createEvent({
      id: `${e.kind}-${e.id}@${new URL(base).hostname}`,
      summary: `${mark ? `${mark} ` : ""}${title} — ${e.counterpartyName}`,
      start: e.at,
      ...(e.allDay
        ? { allDay: true, end: addDays(e.at, 1) }
        : { end: new Date(e.at.getTime() + DEFAULT_MINUTES * 60_000) }),
      url: new URL(`/t/${tenant.slug}/${path}`, base).toString(),
      description: e.counterpartyName,
      stamp: now,
    });
  }
  return calendar.toString();
}
