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
 *
 * New customers come from the counterparty's "firstSaleOn" (kept by the shipment writes) through an index, not from
 * the shipments; the stage history is read once, in index order, so its window needs no sort.
 */
export async function customerFigures(tenantId: string, timeZone: string, periods: Period[]) {
  const { first, last } = spanOf(periods);
  return db().$queryRaw<FigureRow<CustomerFigure>[]>`
    WITH periods AS MATERIALIZED ${periodsRelation(periods, timeZone)},
    stage_history AS (
      -- Every STAGE change, with the instant the next one replaced it (null: it is the current stage).
      SELECT "counterpartyId", "createdAt", "toValue",
             array_position(${STAGE_ORDER}::text[], "toValue") - array_position(${STAGE_ORDER}::text[], coalesce("fromValue", 'POTENTIAL')) AS step,
             lead("createdAt") OVER (PARTITION BY "counterpartyId" ORDER BY "createdAt", "id") AS "until"
      FROM "ClassificationChange" WHERE "tenantId" = ${tenantId} AND "dimension" = 'STAGE'
    ), stage_per_counterparty AS (
      -- A change counts for a period when it happened in it, or when it was the stage in force at its start. The
      -- history and the counterparties' index are both in counterparty order: merged, grouped, never sorted whole.
      SELECT p.idx, c."responsibleUserId" AS "userId", h."counterpartyId",
             count(*) FILTER (WHERE h."createdAt" >= p."start" AND h.step > 0) AS upgrades,
             count(*) FILTER (WHERE h."createdAt" >= p."start" AND h.step < 0) AS downgrades,
             coalesce(bool_or(h."toValue" = 'LOST') FILTER (WHERE h."createdAt" >= p."start"), false) AS lost,
             coalesce(bool_or(h."toValue" IN ('ONE_TIME', 'REGULAR')) FILTER (WHERE h."createdAt" < p."start"), false) AS "activeAtStart"
      FROM stage_history h
      JOIN "Counterparty" c ON c."tenantId" = ${tenantId} AND c."id" = h."counterpartyId"
      JOIN periods p ON h."createdAt" < p."end" AND (h."createdAt" >= p."start" OR h."until" IS NULL OR h."until" >= p."start")
      GROUP BY h."counterpartyId", p.idx, c."responsibleUserId"
    ), stage_figures AS (
      SELECT idx, "userId", 0 AS "newCustomers", sum(upgrades) AS upgrades, sum(downgrades) AS downgrades,
             count(*) FILTER (WHERE lost) AS "lostCustomers",
             count(*) FILTER (WHERE "activeAtStart") AS "customersAtStart",
             count(*) FILTER (WHERE "activeAtStart" AND lost) AS "lostOfThem"
      FROM stage_per_counterparty
      GROUP BY 1, 2
    ), newcomers AS (
      SELECT p.idx, c."responsibleUserId" AS "userId", count(*) AS "newCustomers", 0, 0, 0, 0, 0
      FROM "Counterparty" c JOIN periods p ON c."firstSaleOn" BETWEEN p."from" AND p."to"
      WHERE c."tenantId" = ${tenantId} AND c."firstSaleOn" BETWEEN ${first}::date AND ${last}::date
      GROUP BY 1, 2
    )
    SELECT idx, "userId", sum("newCustomers")::int AS "newCustomers", sum(upgrades)::int AS upgrades, sum(downgrades)::int AS downgrades,
           sum("lostCustomers")::int AS "lostCustomers", sum("customersAtStart")::int AS "customersAtStart", sum("lostOfThem")::int AS "lostOfThem"
    FROM (SELECT * FROM stage_figures UNION ALL SELECT * FROM newcomers) figures
    GROUP BY 1, 2`;
}
