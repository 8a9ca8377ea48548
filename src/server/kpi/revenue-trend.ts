import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import { dateValue } from "@/domain/dates/calendar-date";
import { db } from "@/server/db";
import { salesFacts } from "@/server/sales/sales-facts";

export interface RevenueTrendRow {
  month: string;
  userId: string;
  revenue: number;
}

/** Revenue per month of the period and manager: the dashboard's trend lines. */
export async function revenueTrend(tenantId: string, period: Period): Promise<RevenueTrendRow[]> {
  return db().$queryRaw<RevenueTrendRow[]>`
    SELECT to_char(date_trunc('month', f."date"), 'YYYY-MM') AS month, f."managerUserId" AS "userId", sum(f."revenue")::float8 AS revenue
    FROM ${salesFacts(tenantId, dateValue(period.from), dateValue(period.to))} f
    GROUP BY date_trunc('month', f."date"), 2 ORDER BY 1`;
}
