import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import { db } from "@/server/db";
import { salesFacts } from "@/server/sales/sales-facts";
import { dateValue } from "@/domain/dates/calendar-date";
import { periodsRelation, spanOf, type FigureRow } from "./kpi-periods";

/** Revenue and gross profit (SPEC §5.5, from salesFacts) and payments received, per order manager and period. */
export async function salesFigures(tenantId: string, timeZone: string, periods: Period[]) {
  const { first, last } = spanOf(periods);
  const p = periodsRelation(periods, timeZone);
  const [sales, payments] = await Promise.all([
    db().$queryRaw<FigureRow<"revenue" | "grossProfit">[]>`
      SELECT p.idx, f."managerUserId" AS "userId", sum(f."revenue")::float8 AS "revenue", sum(f."grossProfit")::float8 AS "grossProfit"
      FROM ${salesFacts(tenantId, dateValue(first), dateValue(last))} f JOIN ${p} p ON f."date" BETWEEN p."from" AND p."to"
      GROUP BY 1, 2`,
    db().$queryRaw<FigureRow<"payments">[]>`
      SELECT p.idx, pay."managerUserId" AS "userId", sum(pay."amount")::float8 AS "payments"
      FROM "Payment" pay JOIN ${p} p ON pay."date" BETWEEN p."from" AND p."to"
      WHERE pay."tenantId" = ${tenantId} AND pay."date" BETWEEN ${first}::date AND ${last}::date
      GROUP BY 1, 2`,
  ]);
  return [...sales, ...payments];
}
