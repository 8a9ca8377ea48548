import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ClassificationParameters } from "@/domain/classification/parameters";
import { abcPeriod, periodStart } from "@/domain/classification/periods";

/**
 * SPEC §6.1–6.2 as one query: the counterparty's id, its automatic ABC class, stage and XYZ class, its revenue in
 * the ABC period and the date of its first sale. Only the shipments of the window and the ABC period are read,
 * aggregated per customer and period (periods before the window fold into one); whether a customer ever bought
 * before is his kept first-sale date (`Counterparty.firstSaleOn`, the one the KPIs count new customers by), not ten
 * years of shipments read again. Then window functions for the Pareto shares. The rules in
 * src/domain/classification/classify.ts are its specification; an integration test holds the two together.
 */
export function classificationQuery(tenantId: string, p: ClassificationParameters, analysisDate: string): Prisma.Sql {
  const abc = abcPeriod(analysisDate, p.abcMonths);
  const monthOf = Prisma.sql`(extract(year FROM s."date")::int * 12 + extract(month FROM s."date")::int - 1)`;
  const analysisMonth = Number(analysisDate.slice(0, 4)) * 12 + Number(analysisDate.slice(5, 7)) - 1;
  const index =
    p.periodicity === "MONTH"
      ? Prisma.sql`${monthOf} - ${analysisMonth}::int`
      : p.periodicity === "QUARTER"
        ? Prisma.sql`${monthOf} / 3 - ${Math.floor(analysisMonth / 3)}::int`
        : Prisma.sql`floor((s."date" - ${periodStart(analysisDate, "WEEK", 0)}::date) / 7.0)::int`;
  const inAbc = Prisma.sql`s."date" BETWEEN ${abc.from}::date AND ${abc.to}::date`;
  const windowFrom = periodStart(analysisDate, p.periodicity, -p.windowPeriods);
  const readFrom = abc.from < windowFrom ? abc.from : windowFrom;
  const measure =
    p.measure === "REVENUE"
      ? Prisma.sql`sum(s."amount") FILTER (WHERE ${inAbc})`
      : p.measure === "GROSS_PROFIT"
        ? Prisma.sql`sum(s."amount" - s."cost") FILTER (WHERE ${inAbc})`
        : Prisma.sql`count(*) FILTER (WHERE ${inAbc})`;
  const n = p.windowPeriods;
  const inWindow = Prisma.sql`idx BETWEEN ${-n}::int AND -1`;
  const x2 = Prisma.sql`(${String(p.cvX)}::numeric ^ 2)`;
  const y2 = Prisma.sql`(${String(p.cvY)}::numeric ^ 2)`;
  return Prisma.sql`
    WITH per_period AS (
      SELECT s."counterpartyId" AS id, greatest(${index}, ${-n - 1}::int) AS idx,
             sum(s."amount") AS revenue, ${measure} AS measure, sum(s."amount") FILTER (WHERE ${inAbc}) AS abc_revenue
      FROM "Shipment" s
      WHERE s."tenantId" = ${tenantId} AND s."date" BETWEEN ${readFrom}::date AND ${analysisDate}::date
      GROUP BY 1, 2
    ), per_customer AS (
      SELECT id, coalesce(sum(measure), 0) AS measure, coalesce(sum(abc_revenue), 0) AS abc_revenue,
             count(*) FILTER (WHERE ${inWindow}) AS active, bool_or(idx >= ${-p.lossPeriods}::int) AS recent,
             coalesce(sum(revenue) FILTER (WHERE ${inWindow}), 0) AS s1,
             coalesce(sum(revenue * revenue) FILTER (WHERE ${inWindow}), 0) AS s2
      FROM per_period GROUP BY id
    ), customers AS (
      SELECT c."id", c."name", CASE WHEN c."firstSaleOn" <= ${analysisDate}::date THEN c."firstSaleOn" END AS first_sale
      FROM "Counterparty" c
      WHERE c."tenantId" = ${tenantId} AND NOT c."archived"
    ), staged AS (
      SELECT c."id", c."name", coalesce(p.measure, 0) AS measure, coalesce(p.abc_revenue, 0) AS abc_revenue, c.first_sale,
             CASE WHEN c.first_sale IS NULL THEN 'POTENTIAL' WHEN NOT coalesce(p.recent, false) THEN 'LOST'
                  WHEN p.active >= ${p.regularPeriods}::int THEN 'REGULAR' ELSE 'ONE_TIME' END AS stage,
             p.s1, p.s2
      FROM customers c LEFT JOIN per_customer p ON p.id = c."id"
    ), ranked AS (
      SELECT id,
             coalesce(sum(measure) OVER (ORDER BY measure DESC, name COLLATE "C", id COLLATE "C" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before,
             sum(measure) OVER () AS total
      FROM staged WHERE measure > 0 AND stage <> 'LOST'
    )
    SELECT s.id,
           CASE WHEN r.id IS NULL THEN NULL
                WHEN r.before * 100 < r.total * ${p.thresholdA}::int THEN 'A'
                WHEN r.before * 100 < r.total * ${p.thresholdA + p.thresholdB}::int THEN 'B' ELSE 'C' END AS abc,
           s.stage,
           CASE WHEN s.stage <> 'REGULAR' THEN NULL
                WHEN s.s1 <= 0 THEN 'Z'
                WHEN ${n}::int * s.s2 - s.s1 * s.s1 <= ${x2} * s.s1 * s.s1 THEN 'X'
                WHEN ${n}::int * s.s2 - s.s1 * s.s1 <= ${y2} * s.s1 * s.s1 THEN 'Y' ELSE 'Z' END AS xyz,
           s.abc_revenue::numeric(18, 2) AS abc_revenue, s.first_sale
    FROM staged s LEFT JOIN ranked r ON r.id = s.id`;
}
