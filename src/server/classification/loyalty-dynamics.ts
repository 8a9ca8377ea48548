import "server-only";
import type { Db, Tx } from "@/server/db";

const DYNAMICS_MONTHS = 12;

export interface DynamicsRow {
  month: string;
  newCustomers: number;
  lost: number;
  upgrades: number;
  downgrades: number;
  atStart: number;
}

/**
 * SPEC §6.6's loyalty dynamics for the twelve months up to the one holding `asOf` (in the tenant's zone): new
 * customers (first sale), stage upgrades and downgrades, customers lost, and the customers there were at the month's
 * start, from which the attraction and loss coefficients follow.
 *
 * One pass over each source, grouped by month; customers at a month's start are those who bought before it (a
 * running sum) less those lost at that moment: the LOST changes of the months before it, less those of them that a
 * later change ended in the months before it. Sums over a few dozen monthly rows, not 12 scans of the whole stage
 * history (docs/performance.md). It still reads the tenant's whole stage history: a run keeps the result (ADR 0020).
 */
export function loyaltyDynamics(
  queryable: Db | Tx,
  tenantId: string,
  timeZone: string,
  asOf: Date,
): Promise<DynamicsRow[]> {
  return queryable.$queryRaw<DynamicsRow[]>`
    WITH months AS (
      SELECT generate_series(date_trunc('month', ${asOf}::timestamptz AT TIME ZONE ${timeZone}) - ${`${DYNAMICS_MONTHS - 1} months`}::interval,
                             date_trunc('month', ${asOf}::timestamptz AT TIME ZONE ${timeZone}), '1 month')::date AS m
    ), stage_changes AS (
      SELECT "createdAt", "toValue",
             array_position(ARRAY['LOST','POTENTIAL','ONE_TIME','REGULAR'], "toValue")
               - array_position(ARRAY['LOST','POTENTIAL','ONE_TIME','REGULAR'], coalesce("fromValue", 'POTENTIAL')) AS step
      FROM "ClassificationChange"
      WHERE "tenantId" = ${tenantId} AND "dimension" = 'STAGE'
    ), per_month AS (
      SELECT date_trunc('month', "createdAt")::date AS m,
             count(*) FILTER (WHERE "toValue" = 'LOST') AS lost,
             count(*) FILTER (WHERE step > 0) AS upgrades, count(*) FILTER (WHERE step < 0) AS downgrades
      FROM stage_changes GROUP BY 1
    ), first_sales AS (
      SELECT date_trunc('month', "firstSaleOn")::date AS m, count(*) AS customers
      FROM "Counterparty" WHERE "tenantId" = ${tenantId} AND "firstSaleOn" IS NOT NULL GROUP BY 1
    ), lost_ends AS MATERIALIZED (
      -- The month in which the next change ended each LOST.
      SELECT date_trunc('month', "until")::date AS m, count(*) AS ended
      FROM (
        SELECT "toValue", lead("createdAt") OVER (PARTITION BY "counterpartyId" ORDER BY "createdAt") AS "until"
        FROM "ClassificationChange"
        WHERE "tenantId" = ${tenantId} AND "dimension" = 'STAGE'
      ) h
      WHERE "toValue" = 'LOST' AND "until" IS NOT NULL GROUP BY 1
    )
    SELECT to_char(months.m, 'YYYY-MM') AS month,
      coalesce((SELECT customers FROM first_sales f WHERE f.m = months.m), 0)::int AS "newCustomers",
      coalesce(p.lost, 0)::int AS lost, coalesce(p.upgrades, 0)::int AS upgrades, coalesce(p.downgrades, 0)::int AS downgrades,
      (coalesce((SELECT sum(customers) FROM first_sales f WHERE f.m < months.m), 0)
       - coalesce((SELECT sum(lost) FROM per_month q WHERE q.m < months.m), 0)
       + coalesce((SELECT sum(ended) FROM lost_ends e WHERE e.m < months.m), 0))::int AS "atStart"
    FROM months LEFT JOIN per_month p ON p.m = months.m
    ORDER BY months.m`;
}
