import "server-only";
import { db } from "@/server/db";

/**
 * Today's customer base for the dashboard's funnel and ABC chart: customers per effective stage (a customer never
 * classified is POTENTIAL) and per ABC class with the class's revenue at the last run.
 */
export async function customerBaseSnapshot(tenantId: string) {
  const [stages, abc] = await Promise.all([
    db().$queryRaw<{ stage: string; customers: number }[]>`
      SELECT coalesce(cc."stage"::text, 'POTENTIAL') AS stage, count(*)::int AS customers
      FROM "Counterparty" c LEFT JOIN "CounterpartyClass" cc ON cc."tenantId" = c."tenantId" AND cc."counterpartyId" = c."id"
      WHERE c."tenantId" = ${tenantId} AND c."isCustomer" AND NOT c."archived"
      GROUP BY 1`,
    db().$queryRaw<{ abcClass: string; customers: number; revenue: number }[]>`
      SELECT "abcClass"::text AS "abcClass", count(*)::int AS customers, coalesce(sum("abcRevenue"), 0)::float8 AS revenue
      FROM "CounterpartyClass" WHERE "tenantId" = ${tenantId} AND "abcClass" IS NOT NULL
      GROUP BY 1 ORDER BY 1`,
  ]);
  return { stages, abc };
}
