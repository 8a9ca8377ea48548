import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import { db } from "@/server/db";
import { periodsRelation, spanOf, type FigureRow } from "./kpi-periods";

/**
 * Revenue and gross profit (SPEC §5.5: the shipments) and payments received, per order manager and period, from the
 * documents as summed per day and manager in "SalesDay".
 */
export async function salesFigures(tenantId: string, timeZone: string, periods: Period[]) {
  const { first, last } = spanOf(periods);
  return db().$queryRaw<FigureRow<"revenue" | "grossProfit" | "payments">[]>`
    SELECT p.idx, d."managerUserId" AS "userId", sum(d."revenue")::float8 AS "revenue", sum(d."revenue" - d."cost")::float8 AS "grossProfit",
           sum(d."paid")::float8 AS "payments"
    FROM "SalesDay" d JOIN ${periodsRelation(periods, timeZone)} p ON d."date" BETWEEN p."from" AND p."to"
    WHERE d."tenantId" = ${tenantId} AND d."date" BETWEEN ${first}::date AND ${last}::date
    GROUP BY 1, 2`;
}
