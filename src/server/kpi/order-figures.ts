import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import { db } from "@/server/db";
import { periodsRelation, spanOf, type FigureRow } from "./kpi-periods";

type OrderFigure = "completedOrders" | "paidOrders" | "partlyPaidOrders" | "unpaidOrders" | "orders" | "firstDeals";

/**
 * Orders dated in the period (confirmed or completed: drafts and cancelled ones are no deals), per order manager:
 * completed ones, and by payment state. A first deal is a customer's first order ever: the customer had none
 * before the period, and this is his earliest in it. The "ever" is asked once per customer, not per order.
 */
export async function orderFigures(tenantId: string, timeZone: string, periods: Period[]) {
  const { first, last } = spanOf(periods);
  return db().$queryRaw<FigureRow<OrderFigure>[]>`
    WITH o AS MATERIALIZED (
      SELECT p.idx, p."from", o."managerUserId", o."counterpartyId", o."date", o."number", o."status", o."paymentState"
      FROM "Order" o JOIN ${periodsRelation(periods, timeZone)} p ON o."date" BETWEEN p."from" AND p."to"
      WHERE o."tenantId" = ${tenantId} AND o."date" BETWEEN ${first}::date AND ${last}::date AND o."status" IN ('CONFIRMED', 'COMPLETED')
    ), earliest AS (
      SELECT DISTINCT ON (idx, "counterpartyId") idx, "from", "counterpartyId", "managerUserId"
      FROM o ORDER BY idx, "counterpartyId", "date", "number"
    ), first_deals AS (
      SELECT idx, "managerUserId", count(*)::int AS n FROM earliest e
      WHERE NOT EXISTS (
        SELECT 1 FROM "Order" before
        WHERE before."tenantId" = ${tenantId} AND before."counterpartyId" = e."counterpartyId" AND before."date" < e."from"
          AND before."status" IN ('CONFIRMED', 'COMPLETED'))
      GROUP BY 1, 2
    ), per_manager AS (
      SELECT idx, "managerUserId",
             count(*) FILTER (WHERE "status" = 'COMPLETED')::int AS "completedOrders",
             count(*) FILTER (WHERE "paymentState" = 'PAID')::int AS "paidOrders",
             count(*) FILTER (WHERE "paymentState" = 'PARTLY_PAID')::int AS "partlyPaidOrders",
             count(*) FILTER (WHERE "paymentState" = 'UNPAID')::int AS "unpaidOrders",
             count(*)::int AS "orders"
      FROM o GROUP BY 1, 2
    )
    SELECT m.idx, m."managerUserId" AS "userId", m."completedOrders", m."paidOrders", m."partlyPaidOrders", m."unpaidOrders", m."orders",
           coalesce(f.n, 0) AS "firstDeals"
    FROM per_manager m LEFT JOIN first_deals f ON f.idx = m.idx AND f."managerUserId" = m."managerUserId"`;
}
