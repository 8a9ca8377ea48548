import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { eventColour, type EventColour } from "@/domain/calendar/event-colour";
import type { EventKind } from "@/domain/calendar/calendar-view";
import { todayIn } from "@/domain/dates/calendar-date";
import { startOfLocalDay } from "@/domain/dates/local-time";
import { periodInstants } from "@/domain/dates/period-instants";
import type { Importance } from "@/domain/interactions/interaction-input";
import { db } from "@/server/db";

export interface CalendarQuery {
  tenantId: string;
  timeZone: string;
  /** Inclusive calendar days in the tenant's zone. */
  from: string;
  to: string;
  /** Also everything still to do from before today (the feed's overdue events). */
  includeOverdue: boolean;
  /** Only what is overdue (before today), ignoring the period: the agenda's head. */
  overdueOnly?: boolean;
  /** Whose calendar; null = every member's. */
  userId: string | null;
  counterpartyId?: string | null;
  kinds: readonly EventKind[];
  importance?: Importance | null;
  now?: Date;
  /** At most this many events (default CALENDAR_EVENT_CAP); with `newestFirst` the latest ones are kept. */
  limit?: number;
  newestFirst?: boolean;
}

export interface CalendarEvent {
  kind: EventKind;
  id: string;
  /** The planned instant of an interaction; midnight UTC of the expected date of a shipment or payment. */
  at: Date;
  /** The calendar day in the tenant's zone. */
  day: string;
  allDay: boolean;
  colour: EventColour;
  counterpartyId: string;
  counterpartyName: string;
  responsibleUserId: string;
  responsibleName: string;
  subject: string | null;
  type: string | null;
  importance: Importance;
  contactPersonId: string | null;
  orderId: string | null;
  orderNumber: number | null;
  /** What remains to ship or to pay. */
  remaining: string | null;
  version: number;
}

/** A month of a busy tenant's "everyone" view stays readable and cheap; the page says when the cap is hit. */
export const CALENDAR_EVENT_CAP = 2000;

/**
 * SPEC §8.1: one time-sorted list of what a user must do — planned interactions at their planned time, expected
 * shipments and payments of confirmed orders with what remains — coloured by SPEC §8.2 in the tenant's zone.
 */
export async function listCalendarEvents(q: CalendarQuery): Promise<{ events: CalendarEvent[]; truncated: boolean }> {
  const now = q.now ?? new Date();
  const today = todayIn(q.timeZone, now);
  const { start: fromInstant, end: toInstant } = periodInstants(q, q.timeZone);
  const todayStart = startOfLocalDay(today, q.timeZone);
  const branches: Prisma.Sql[] = [];

  if (q.kinds.includes("interaction")) {
    const period = Prisma.sql`i."plannedAt" >= ${fromInstant} AND i."plannedAt" < ${toInstant}`;
    const overdue = Prisma.sql`i."plannedAt" < ${todayStart}`;
    const window = q.overdueOnly ? overdue : q.includeOverdue ? Prisma.sql`((${period}) OR ${overdue})` : period;
    branches.push(Prisma.sql`
      SELECT 'interaction' AS kind, i."id", i."plannedAt" AS at,
             to_char((i."plannedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${q.timeZone}, 'YYYY-MM-DD') AS day, false AS "allDay",
             i."counterpartyId", c."name" AS "counterpartyName", i."responsibleUserId", u."name" AS "responsibleName", i."subject", i."type"::text AS type,
             i."importance"::text AS importance, i."contactPersonId", i."orderId", o."number" AS "orderNumber", NULL AS remaining, i."version"
      FROM "Interaction" i
      JOIN "Counterparty" c ON c."tenantId" = i."tenantId" AND c."id" = i."counterpartyId"
      JOIN "User" u ON u."id" = i."responsibleUserId"
      LEFT JOIN "Order" o ON o."tenantId" = i."tenantId" AND o."id" = i."orderId"
      WHERE i."tenantId" = ${q.tenantId} AND i."status" = 'PLANNED' AND ${window}
        ${q.userId ? Prisma.sql`AND i."responsibleUserId" = ${q.userId}` : Prisma.empty}
        ${q.counterpartyId ? Prisma.sql`AND i."counterpartyId" = ${q.counterpartyId}` : Prisma.empty}
        ${q.importance ? Prisma.sql`AND i."importance" = ${q.importance}::"Importance"` : Prisma.empty}`);
  }
  // Orders carry no importance: they count as normal.
  const ordersWanted = !q.importance || q.importance === "NORMAL";
  for (const kind of ["shipment", "payment"] as const) {
    if (!ordersWanted || !q.kinds.includes(kind)) continue;
    const date = kind === "shipment" ? Prisma.sql`o."expectedShipmentDate"` : Prisma.sql`o."expectedPaymentDate"`;
    const open = kind === "shipment" ? Prisma.sql`o."shipmentState" <> 'SHIPPED'` : Prisma.sql`o."paymentState" <> 'PAID'`;
    const done = kind === "shipment" ? Prisma.sql`o."shippedAmount"` : Prisma.sql`o."paidAmount"`;
    const period = Prisma.sql`${date} >= ${q.from}::date AND ${date} <= ${q.to}::date`;
    const overdue = Prisma.sql`${date} < ${today}::date`;
    const window = q.overdueOnly ? overdue : q.includeOverdue ? Prisma.sql`((${period}) OR ${overdue})` : period;
    branches.push(Prisma.sql`
      SELECT ${kind} AS kind, o."id", ${date}::timestamp AS at, to_char(${date}, 'YYYY-MM-DD') AS day, true AS "allDay",
             o."counterpartyId", c."name", o."managerUserId", u."name", NULL, NULL, 'NORMAL', o."contactPersonId", o."id", o."number",
             (o."totalAmount" - ${done})::text, o."version"
      FROM "Order" o
      JOIN "Counterparty" c ON c."tenantId" = o."tenantId" AND c."id" = o."counterpartyId"
      JOIN "User" u ON u."id" = o."managerUserId"
      WHERE o."tenantId" = ${q.tenantId} AND o."status" = 'CONFIRMED' AND ${open} AND ${window}
        ${q.userId ? Prisma.sql`AND o."managerUserId" = ${q.userId}` : Prisma.empty}
        ${q.counterpartyId ? Prisma.sql`AND o."counterpartyId" = ${q.counterpartyId}` : Prisma.empty}`);
  }
  if (!branches.length) return { events: [], truncated: false };

  const limit = q.limit ?? CALENDAR_EVENT_CAP;
  const order = q.newestFirst ? Prisma.sql`day DESC, "allDay", at DESC, kind DESC, "id" DESC` : Prisma.sql`day, "allDay" DESC, at, kind, "id"`;
  const rows = await db().$queryRaw<Omit<CalendarEvent, "colour">[]>`
    SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) events
    ORDER BY ${order}
    LIMIT ${limit + 1}`;
  const kept = rows.slice(0, limit);
  const events = (q.newestFirst ? kept.reverse() : kept).map((row) => ({ ...row, colour: eventColour(row.day, today) }));
  return { events, truncated: rows.length > limit };
}
