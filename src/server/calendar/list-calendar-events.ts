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
  /** At most this many events a day (the week and month grids); `dayCount` still counts them all. */
  perDay?: number;
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
  /** How many events the day has in all (the grid shows a few and links to the rest). */
  dayCount: number;
}

/** A month of a busy tenant's "everyone" view stays readable and cheap; the page says when the cap is hit. */
export const CALENDAR_EVENT_CAP = 2000;

/**
 * SPEC §8.1: one time-sorted list of what a user must do — planned interactions at their planned time, expected
 * shipments and payments of confirmed orders with what remains — coloured by SPEC §8.2 in the tenant's zone.
 * The events are chosen first (per day at most `perDay` when given, then at most `limit`) and only the chosen ones
 * are joined to their client, manager and order: a busy tenant's week holds thousands of events and the grid shows
 * a dozen a day (docs/performance.md).
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
             ((i."plannedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${q.timeZone})::date AS day, false AS "allDay",
             i."counterpartyId", i."responsibleUserId", i."subject", i."type"::text AS type,
             i."importance"::text AS importance, i."contactPersonId", i."orderId", NULL AS remaining, i."version"
      FROM "Interaction" i
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
    const open =
      kind === "shipment" ? Prisma.sql`o."shipmentState" <> 'SHIPPED'` : Prisma.sql`o."paymentState" <> 'PAID'`;
    const done = kind === "shipment" ? Prisma.sql`o."shippedAmount"` : Prisma.sql`o."paidAmount"`;
    const period = Prisma.sql`${date} >= ${q.from}::date AND ${date} <= ${q.to}::date`;
    const overdue = Prisma.sql`${date} < ${today}::date`;
    const window = q.overdueOnly ? overdue : q.includeOverdue ? Prisma.sql`((${period}) OR ${overdue})` : period;
    branches.push(Prisma.sql`
      SELECT ${kind} AS kind, o."id", ${date}::timestamp AS at, ${date} AS day, true AS "allDay",
             o."counterpartyId", o."managerUserId", NULL, NULL, 'NORMAL', o."contactPersonId", o."id", (o."totalAmount" - ${done})::text, o."version"
      FROM "Order" o
      WHERE o."tenantId" = ${q.tenantId} AND o."status" = 'CONFIRMED' AND ${open} AND ${window}
        ${q.userId ? Prisma.sql`AND o."managerUserId" = ${q.userId}` : Prisma.empty}
        ${q.counterpartyId ? Prisma.sql`AND o."counterpartyId" = ${q.counterpartyId}` : Prisma.empty}`);
  }
  if (!branches.length) return { events: [], truncated: false };

  const limit = q.limit ?? CALENDAR_EVENT_CAP;
  // Days are dates until the end: a week of everyone's events sorts and partitions thousands of rows by day, and a
  // text day cost 8–15 ms more (docs/performance.md).
  const order = (e: string) =>
    q.newestFirst
      ? Prisma.raw(`${e}.day DESC, ${e}."allDay", ${e}.at DESC, ${e}.kind DESC, ${e}."id" DESC`)
      : Prisma.raw(`${e}.day, ${e}."allDay" DESC, ${e}.at, ${e}.kind, ${e}."id"`);
  const rows = await db().$queryRaw<Omit<CalendarEvent, "colour">[]>`
    WITH events AS (${Prisma.join(branches, " UNION ALL ")}),
    ranked AS (
      SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e.day ORDER BY ${order("e")}) AS "dayRank", COUNT(*) OVER (PARTITION BY e.day)::int AS "dayCount"
      FROM events e
    ),
    kept AS (
      SELECT * FROM ranked r ${q.perDay ? Prisma.sql`WHERE r."dayRank" <= ${q.perDay}` : Prisma.empty}
      ORDER BY ${order("r")}
      LIMIT ${limit + 1}
    )
    SELECT k.kind, k."id", k.at, to_char(k.day, 'YYYY-MM-DD') AS day, k."allDay", k."counterpartyId", c."name" AS "counterpartyName", k."responsibleUserId",
           u."name" AS "responsibleName", k."subject", k.type, k.importance, k."contactPersonId", k."orderId", o."number" AS "orderNumber",
           k.remaining, k."version", k."dayCount"
    FROM kept k
    JOIN "Counterparty" c ON c."tenantId" = ${q.tenantId} AND c."id" = k."counterpartyId"
    JOIN "User" u ON u."id" = k."responsibleUserId"
    LEFT JOIN "Order" o ON o."tenantId" = ${q.tenantId} AND o."id" = k."orderId"
    ORDER BY ${order("k")}`;
  const kept = rows.slice(0, limit);
  const events = (q.newestFirst ? kept.reverse() : kept).map((row) => ({
    ...row,
    colour: eventColour(row.day, today),
  }));
  return { events, truncated: rows.length > limit };
}
