import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { dateValue, todayIn } from "@/domain/dates/calendar-date";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { type TenantContext, viewerOf } from "@/server/tenant-context";
import { canSeeCounterparty } from "@/domain/tenants/tenant-settings";
import { counterpartyBalance } from "./counterparty-balance";

interface PeriodFigures {
  averageDebt: string;
  averageDaysLate: number | null;
}
export interface LatePaymentMonth {
  month: string;
  due: number;
  late: number;
  averageDaysLate: number;
}

/**
 * Settlements of a counterparty (SPEC §5.4). Debt is what was shipped and not yet paid (negative: an advance);
 * overdue is what should have been paid by its order's expected payment date and was not. Over the period: the
 * average daily debt, and for the orders due in it how late they were paid (still unpaid counts up to today).
 */
export async function getSettlements(ctx: TenantContext, counterpartyId: string, period: { from: string; to: string }) {
  const tenantId = ctx.tenant.id;
  const counterparty = await db().counterparty.findUnique({
    where: { tenantId_id: { tenantId, id: counterpartyId } },
    select: { id: true, name: true, responsibleUserId: true },
  });
  if (!counterparty) throw new NotFoundError();
  if (!canSeeCounterparty(viewerOf(ctx), counterparty.responsibleUserId)) throw new NotFoundError();
  const today = dateValue(todayIn(ctx.tenant.timeZone));
  const from = dateValue(period.from);
  const to = dateValue(period.to);

  const balance = await counterpartyBalance(tenantId, counterpartyId, today);

  // The daily debt balance, walking back from today's debt: the balance before the period is today's debt less
  // every move since the period began, so only the moves from the period on are read, however long the history.
  const [figures] = await db().$queryRaw<PeriodFigures[]>`
    WITH moves AS (
      SELECT "date", SUM("amount") AS amount FROM (
        SELECT "date", "amount" FROM "Shipment" WHERE "tenantId" = ${tenantId} AND "counterpartyId" = ${counterpartyId} AND "date" >= ${from}::date
        UNION ALL
        SELECT "date", -"amount" FROM "Payment" WHERE "tenantId" = ${tenantId} AND "counterpartyId" = ${counterpartyId} AND "date" >= ${from}::date
      ) m GROUP BY "date"
    ), daily AS (
      SELECT d::date AS day, COALESCE(m.amount, 0) AS amount
      FROM generate_series(${from}::date, ${to}::date, interval '1 day') d LEFT JOIN moves m ON m."date" = d::date
    )
    SELECT COALESCE(AVG(balance), 0)::numeric(18, 2)::text AS "averageDebt",
           (SELECT AVG(late)::float FROM (${latenessOfOrdersDue(tenantId, counterpartyId, from, to, today)}) l) AS "averageDaysLate"
    FROM (
      SELECT ${balance.debt}::numeric - (SELECT COALESCE(SUM(amount), 0) FROM moves) + SUM(amount) OVER (ORDER BY day) AS balance FROM daily
    ) b`;

  const trend = await db().$queryRaw<LatePaymentMonth[]>`
    SELECT to_char(date_trunc('month', due), 'YYYY-MM') AS month, COUNT(*)::int AS due,
           COUNT(*) FILTER (WHERE late > 0)::int AS late, COALESCE(AVG(late), 0)::float AS "averageDaysLate"
    FROM (${latenessOfOrdersDue(tenantId, counterpartyId, from, to, today)}) l
    GROUP BY 1 ORDER BY 1`;

  return { counterparty, balance, figures: figures!, trend };
}

/** Per order due in the period: its due date and how many days after it the order was fully paid (0 if on time). */
function latenessOfOrdersDue(tenantId: string, counterpartyId: string, from: Date, to: Date, today: Date) {
  return Prisma.sql`
    SELECT o."expectedPaymentDate" AS due,
           GREATEST(0, COALESCE(paid."on", ${today}::date) - o."expectedPaymentDate") AS late
    FROM "Order" o
    LEFT JOIN LATERAL (
      SELECT MIN(c."date") AS "on" FROM (
        SELECT p."date", SUM(p."amount") OVER (ORDER BY p."date", p."number") AS total
        FROM "Payment" p WHERE p."tenantId" = o."tenantId" AND p."orderId" = o."id"
      ) c WHERE c.total >= o."totalAmount"
    ) paid ON true
    WHERE o."tenantId" = ${tenantId} AND o."counterpartyId" = ${counterpartyId} AND o.status IN ('CONFIRMED', 'COMPLETED')
      AND o."expectedPaymentDate" BETWEEN ${from}::date AND ${to}::date`;
}
