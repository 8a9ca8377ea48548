import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import { db } from "@/server/db";
import { periodsRelation, spanOf, type FigureRow } from "./kpi-periods";

/**
 * Revenue and gross profit (SPEC §5.5: the shipments, here as summed per day and manager in "SalesDay") and payments
 * received, per order manager and period.
 */
export async function salesFigures(tenantId: string, timeZone: string, periods: Period[]) {
  const { first, last } = spanOf(periods);
  const p = periodsRelation(periods, timeZone);
  const [sales, payments] = await Promise.all([
    db().$queryRaw<FigureRow<"revenue" | "grossProfit">[]>`
      SELECT p.idx, d."managerUserId" AS "userId", sum(d."revenue")::float8 AS "revenue", sum(d."revenue" - d."cost")::float8 AS "grossProfit"
      FROM "SalesDay" d JOIN ${p} p ON d."date" BETWEEN p."from" AND p."to"
      WHERE d."tenantId" = ${tenantId} AND d."date" BETWEEN ${first}::date AND ${last}::date
      GROUP BY 1, 2`,
    db().$queryRaw<FigureRow<"payments">[]>`
      SELECT p.idx, pay."managerUserId" AS "userId", sum(pay."amount")::float8 AS "payments"
      FROM "Payment" pay JOIN ${p} p ON pay."date" BETWEEN p."from" AND p."to"
      WHERE pay."tenantId" = ${tenantId} AND pay."date" BETWEEN ${first}::date AND ${last}::date
      GROUP BY 1, 2`,
  ]);
  return [...sales, ...payments];
}
