import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import { db } from "@/server/db";
import { periodsRelation, spanOf, type FigureRow } from "./kpi-periods";

type CustomerFigure = "newCustomers" | "upgrades" | "downgrades" | "lostCustomers" | "customersAtStart" | "lostOfThem";

const STAGE_ORDER = ["LOST", "POTENTIAL", "ONE_TIME", "REGULAR"];

/**
 * Per responsible manager and period: new customers (whose first sale ever falls in the period), stage upgrades and
 * downgrades (SPEC §6.2's order LOST < POTENTIAL < ONE_TIME < REGULAR), customers who became LOST, and churn's two
 * parts: the customers ONE_TIME or REGULAR at the period's start and how many of those were lost in it. A stage
 * at an instant is the last STAGE change before it; a counterparty never changed is POTENTIAL.
 */
export async function customerFigures(tenantId: string, timeZone: string, periods: Period[]) {
  const { first, last } = spanOf(periods);
  const p = periodsRelation(periods, timeZone);
  return db().$queryRaw<FigureRow<CustomerFigure>[]>`
    WITH buyers AS (
      SELECT DISTINCT p.idx, p."from", s."counterpartyId"
      FROM "Shipment" s JOIN ${p} p ON s."date" BETWEEN p."from" AND p."to"
      WHERE s."tenantId" = ${tenantId} AND s."date" BETWEEN ${first}::date AND ${last}::date
    ), newcomers AS (
      SELECT idx, "counterpartyId", true AS "isNew" FROM buyers b
      WHERE NOT EXISTS (SELECT 1 FROM "Shipment" e WHERE e."tenantId" = ${tenantId} AND e."counterpartyId" = b."counterpartyId" AND e."date" < b."from")
    ), stage_changes AS MATERIALIZED (
      SELECT "counterpartyId", "createdAt", "toValue",
             array_position(${STAGE_ORDER}::text[], "toValue") - array_position(${STAGE_ORDER}::text[], coalesce("fromValue", 'POTENTIAL')) AS step,
             lead("createdAt") OVER (PARTITION BY "counterpartyId" ORDER BY "createdAt", "id") AS "until"
      FROM "ClassificationChange" WHERE "tenantId" = ${tenantId} AND "dimension" = 'STAGE'
    ), moves AS (
      SELECT p.idx, sc."counterpartyId",
             count(*) FILTER (WHERE step > 0)::int AS upgrades, count(*) FILTER (WHERE step < 0)::int AS downgrades,
             bool_or(sc."toValue" = 'LOST') AS lost
      FROM stage_changes sc JOIN ${p} p ON sc."createdAt" >= p."start" AND sc."createdAt" < p."end"
      GROUP BY 1, 2
    ), at_start AS (
      SELECT p.idx, sc."counterpartyId", true AS active
      FROM stage_changes sc JOIN ${p} p ON sc."createdAt" < p."start" AND (sc."until" IS NULL OR sc."until" >= p."start")
      WHERE sc."toValue" IN ('ONE_TIME', 'REGULAR')
    ), per_counterparty AS (
      SELECT coalesce(m.idx, a.idx, n.idx) AS idx, coalesce(m."counterpartyId", a."counterpartyId", n."counterpartyId") AS "counterpartyId",
             coalesce(m.upgrades, 0) AS upgrades, coalesce(m.downgrades, 0) AS downgrades, coalesce(m.lost, false) AS lost,
             coalesce(a.active, false) AS active, coalesce(n."isNew", false) AS "isNew"
      FROM moves m
      FULL JOIN at_start a ON a.idx = m.idx AND a."counterpartyId" = m."counterpartyId"
      FULL JOIN newcomers n ON n.idx = coalesce(m.idx, a.idx) AND n."counterpartyId" = coalesce(m."counterpartyId", a."counterpartyId")
    )
    SELECT pc.idx, c."responsibleUserId" AS "userId",
           count(*) FILTER (WHERE pc."isNew")::int AS "newCustomers",
           sum(pc.upgrades)::int AS upgrades, sum(pc.downgrades)::int AS downgrades,
           count(*) FILTER (WHERE pc.lost)::int AS "lostCustomers",
           count(*) FILTER (WHERE pc.active)::int AS "customersAtStart",
           count(*) FILTER (WHERE pc.active AND pc.lost)::int AS "lostOfThem"
    FROM per_counterparty pc JOIN "Counterparty" c ON c."tenantId" = ${tenantId} AND c."id" = pc."counterpartyId"
    GROUP BY 1, 2`;
}
