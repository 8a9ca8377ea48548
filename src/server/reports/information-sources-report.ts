import "server-only";
import { dateValue } from "@/domain/dates/calendar-date";
import { periodInstants } from "@/domain/dates/period-instants";
import { sourceTotals, withEfficiency, type SourceFigures, type SourceRow } from "@/domain/reports/source-efficiency";
import { db } from "@/server/db";
import { salesFacts } from "@/server/sales/sales-facts";
import type { TenantContext } from "@/server/tenant-context";

export type { SourceRow } from "@/domain/reports/source-efficiency";

/**
 * SPEC §7.4, information sources: per source, in the period — incoming interactions that took place (`at` in the
 * tenant's zone), counterparties created, orders dated in it (confirmed or completed), and the revenue and gross
 * profit of the shipments in it (salesFacts, by the order's source) — with the source's cost, the cost per new
 * counterparty and the return on the cost. Every active source is listed; an archived one, and the line of what
 * came without a source, only when they have a figure. Largest revenue first, then a totals line.
 */
export async function informationSourcesReport(
  ctx: TenantContext,
  period: { from: string; to: string },
): Promise<{ rows: SourceRow[]; total: SourceRow }> {
  const tenantId = ctx.tenant.id;
  const { start, end } = periodInstants(period, ctx.tenant.timeZone);
  const figures = await db().$queryRaw<SourceFigures[]>`
    WITH incoming AS (
      SELECT i."sourceId", count(*)::int AS "n" FROM "Interaction" i
       WHERE i."tenantId" = ${tenantId} AND i."direction" = 'INCOMING' AND i."status" = 'DONE' AND i."at" >= ${start} AND i."at" < ${end}
       GROUP BY 1
    ), created AS (
      SELECT c."sourceId", count(*)::int AS "n" FROM "Counterparty" c
       WHERE c."tenantId" = ${tenantId} AND c."createdAt" >= ${start} AND c."createdAt" < ${end}
       GROUP BY 1
    ), ordered AS (
      SELECT o."sourceId", count(*)::int AS "n" FROM "Order" o
       WHERE o."tenantId" = ${tenantId} AND o."date" BETWEEN ${period.from}::date AND ${period.to}::date AND o."status" IN ('CONFIRMED', 'COMPLETED')
       GROUP BY 1
    ), sold AS (
      SELECT f."sourceId", sum(f."revenue") AS "revenue", sum(f."grossProfit") AS "grossProfit"
        FROM ${salesFacts(tenantId, dateValue(period.from), dateValue(period.to))} f
       GROUP BY 1
    ), lines AS (
      SELECT "sourceId" FROM incoming UNION SELECT "sourceId" FROM created UNION SELECT "sourceId" FROM ordered UNION SELECT "sourceId" FROM sold
      UNION SELECT s."id" FROM "InformationSource" s WHERE s."tenantId" = ${tenantId} AND NOT s."archived"
    )
    SELECT l."sourceId", s."name", coalesce(s."archived", false) AS "archived",
           coalesce(incoming."n", 0) AS "incomingInteractions", coalesce(created."n", 0) AS "newCounterparties", coalesce(ordered."n", 0) AS "orders",
           round(coalesce(sold."revenue", 0), 2)::text AS "revenue", round(coalesce(sold."grossProfit", 0), 2)::text AS "grossProfit",
           s."cost"::text AS "cost"
      FROM lines l
      LEFT JOIN "InformationSource" s ON s."tenantId" = ${tenantId} AND s."id" = l."sourceId"
      LEFT JOIN incoming ON incoming."sourceId" IS NOT DISTINCT FROM l."sourceId"
      LEFT JOIN created ON created."sourceId" IS NOT DISTINCT FROM l."sourceId"
      LEFT JOIN ordered ON ordered."sourceId" IS NOT DISTINCT FROM l."sourceId"
      LEFT JOIN sold ON sold."sourceId" IS NOT DISTINCT FROM l."sourceId"
     ORDER BY coalesce(sold."revenue", 0) DESC, (l."sourceId" IS NULL), s."name", l."sourceId"`;
  const rows = figures.map(withEfficiency);
  return { rows, total: sourceTotals(rows) };
}
