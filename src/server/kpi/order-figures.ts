import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import { db } from "@/server/db";
import { periodsRelation, spanOf, type FigureRow } from "./kpi-periods";

type OrderFigure = "completedOrders" | "paidOrders" | "partlyPaidOrders" | "unpaidOrders" | "orders" | "firstDeals";

/**
 * Orders dated in the period (confirmed or completed: drafts and cancelled ones are no deals), per order manager:
 * completed ones, and by payment state. A first deal is a customer's first order ever: of his orders on his
 * "firstDealOn" date (kept by the order writes), the one with the lowest number, credited to its manager.
 */
export async function orderFigures(tenantId: string, timeZone: string, periods: Period[]) {
  const { first, last } = spanOf(periods);
  return db().$queryRaw<FigureRow<OrderFigure>[]>`
    WITH periods AS MATERIALIZED ${periodsRelation(periods, timeZone)},
    per_manager AS (
      -- The deals counted per day and manager by state in "SalesDay" (ADR 0016).
      SELECT p.idx, d."managerUserId",
             sum(d."completed")::int AS "completedOrders", sum(d."paidDeals")::int AS "paidOrders",
             sum(d."partlyPaid")::int AS "partlyPaidOrders", sum(d."unpaid")::int AS "unpaidOrders", sum(d."deals")::int AS "orders"
      FROM "SalesDay" d JOIN periods p ON d."date" BETWEEN p."from" AND p."to"
      WHERE d."tenantId" = ${tenantId} AND d."date" BETWEEN ${first}::date AND ${last}::date
      GROUP BY 1, 2
      HAVING sum(d."deals") <> 0
    ), first_deals AS (
      SELECT p.idx, deal."managerUserId", count(*)::int AS n
      FROM "Counterparty" c
      JOIN periods p ON c."firstDealOn" BETWEEN p."from" AND p."to"
      CROSS JOIN LATERAL (
        SELECT o."managerUserId" FROM "Order" o
        WHERE o."tenantId" = c."tenantId" AND o."counterpartyId" = c."id" AND o."date" = c."firstDealOn" AND o."status" IN ('CONFIRMED', 'COMPLETED')
        ORDER BY o."number" LIMIT 1
      ) deal
      WHERE c."tenantId" = ${tenantId} AND c."firstDealOn" BETWEEN ${first}::date AND ${last}::date
      GROUP BY 1, 2
    )
    -- A first deal is one of the period's orders, so its manager has a row in per_manager.
    SELECT m.idx, m."managerUserId" AS "userId", m."completedOrders", m."paidOrders", m."partlyPaidOrders", m."unpaidOrders", m."orders",
           coalesce(f.n, 0) AS "firstDeals"
    FROM per_manager m LEFT JOIN first_deals f ON f.idx = m.idx AND f."managerUserId" = m."managerUserId"`;
}
