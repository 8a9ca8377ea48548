import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import { db } from "@/server/db";

export interface RevenueTrendRow {
  month: string;
  userId: string;
  revenue: number;
}

/** Revenue per month of the period and manager: the dashboard's trend lines. */
export async function revenueTrend(tenantId: string, period: Period): Promise<RevenueTrendRow[]> {
  return db().$queryRaw<RevenueTrendRow[]>`
    SELECT to_char(date_trunc('month', d."date"), 'YYYY-MM') AS month, d."managerUserId" AS "userId", sum(d."revenue")::float8 AS revenue
    FROM "SalesDay" d
    WHERE d."tenantId" = ${tenantId} AND d."date" BETWEEN ${period.from}::date AND ${period.to}::date
    GROUP BY date_trunc('month', d."date"), 2 ORDER BY 1`;
}
