import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import type { RunCounts } from "./run-classification";

const RUNS_SHOWN = 10;
const CHANGES_SHOWN = 50;
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
 * SPEC §6.6: the last runs (the newest one's matrix, compared with the one before), what the newest run changed,
 * and the loyalty dynamics per month — new customers (first sale), stage upgrades and downgrades, customers lost,
 * and the customers there were at the month's start, from which the attraction and loss coefficients follow.
 */
export async function classificationReport(ctx: TenantContext) {
  const tenantId = ctx.tenant.id;
  const runs = await db().classificationRun.findMany({
    where: { tenantId },
    orderBy: { startedAt: "desc" },
    take: RUNS_SHOWN,
    include: { startedBy: { select: { user: { select: { name: true } } } } },
  });
  const [latest, previous] = runs;
  const changes = latest
    ? await db().classificationChange.findMany({
        where: { tenantId, runId: latest.id },
        orderBy: [{ dimension: "asc" }, { counterparty: { name: "asc" } }],
        take: CHANGES_SHOWN,
        include: { counterparty: { select: { id: true, name: true } } },
      })
    : [];
  const changeCount = latest ? await db().classificationChange.count({ where: { tenantId, runId: latest.id } }) : 0;
  const dynamics = await db().$queryRaw<DynamicsRow[]>`
    WITH months AS (
      SELECT generate_series(date_trunc('month', now() AT TIME ZONE ${ctx.tenant.timeZone}) - ${`${DYNAMICS_MONTHS - 1} months`}::interval,
                             date_trunc('month', now() AT TIME ZONE ${ctx.tenant.timeZone}), '1 month')::date AS m
    ), stage_changes AS (
      SELECT "counterpartyId", "createdAt", "fromValue", "toValue",
             lead("createdAt") OVER (PARTITION BY "counterpartyId" ORDER BY "createdAt") AS "until"
      FROM "ClassificationChange"
      WHERE "tenantId" = ${tenantId} AND "dimension" = 'STAGE'
    )
    SELECT to_char(m, 'YYYY-MM') AS month,
      (SELECT count(*) FROM "CounterpartyClass" c WHERE c."tenantId" = ${tenantId} AND c."firstSaleOn" >= m AND c."firstSaleOn" < m + interval '1 month')::int AS "newCustomers",
      (SELECT count(*) FROM stage_changes WHERE "toValue" = 'LOST' AND "createdAt" >= m AND "createdAt" < m + interval '1 month')::int AS lost,
      (SELECT count(*) FROM stage_changes WHERE "createdAt" >= m AND "createdAt" < m + interval '1 month'
         AND array_position(ARRAY['LOST','POTENTIAL','ONE_TIME','REGULAR'], "toValue") > array_position(ARRAY['LOST','POTENTIAL','ONE_TIME','REGULAR'], coalesce("fromValue", 'POTENTIAL')))::int AS upgrades,
      (SELECT count(*) FROM stage_changes WHERE "createdAt" >= m AND "createdAt" < m + interval '1 month'
         AND array_position(ARRAY['LOST','POTENTIAL','ONE_TIME','REGULAR'], "toValue") < array_position(ARRAY['LOST','POTENTIAL','ONE_TIME','REGULAR'], coalesce("fromValue", 'POTENTIAL')))::int AS downgrades,
      -- Customers at the month's start: those with a first sale before it, less those lost at that moment (their
      -- stage change to LOST came before the start and the next change, if any, after it).
      ((SELECT count(*) FROM "CounterpartyClass" c WHERE c."tenantId" = ${tenantId} AND c."firstSaleOn" < m)
       - (SELECT count(*) FROM stage_changes WHERE "toValue" = 'LOST' AND "createdAt" < m AND ("until" IS NULL OR "until" >= m)))::int AS "atStart"
    FROM months ORDER BY m`;
  return {
    runs,
    latest: latest ? { ...latest, counts: latest.counts as unknown as RunCounts } : null,
    previousCounts: previous ? (previous.counts as unknown as RunCounts) : null,
    changes,
    changeCount,
    dynamics,
  };
}
