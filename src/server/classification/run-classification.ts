import "server-only";
import Decimal from "decimal.js";
import type { Prisma } from "@/generated/prisma/client";
import { readClassificationParameters } from "@/domain/classification/parameters";
import { changeIdPrefixOf, ROW_NUMBER_DIGITS } from "@/domain/classification/run-change-ids";
import { todayIn } from "@/domain/dates/calendar-date";
import { db, useBatchResources } from "@/server/db";
import { ConflictError } from "@/server/errors";
import { classificationQuery } from "./classification-sql";
import { loyaltyDynamics } from "./loyalty-dynamics";

export interface RunSummary {
  runId: string;
  durationMs: number;
  changes: number;
  noSales: boolean;
  counts: RunCounts;
}

export interface RunCounts {
  cells: Record<string, number>;
  stages: Record<string, number>;
  revenue: Record<string, string>;
}

/**
 * SPEC §6.3: classifies every active counterparty of a tenant in PostgreSQL and writes, in one transaction, the
 * new automatic values (into the narrow CounterpartyClass rows, never the wide counterparty rows; the effective value
 * stays the manual one where a director set it, SPEC §6.5), a history row for every change of an effective value,
 * and the run record. Node receives only the counts. A second run of the same tenant while one is in progress is
 * refused, never interleaved.
 */
export async function runClassification(
  tenantId: string,
  by: { trigger: "MANUAL" | "SCHEDULED" | "IMPORT"; userId: string | null; now?: Date },
): Promise<RunSummary> {
  const startedAt = by.now ?? new Date();
  return db().$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(hashtext(${`classification:${tenantId}`})) AS locked`;
      if (!lock?.locked) throw new ConflictError("errors.classificationRunning");
      // The per-customer-and-period aggregation sorts a few hundred thousand rows: in memory, not on disk.
      await useBatchResources(tx);
      const tenant = await tx.tenant.findUniqueOrThrow({
        where: { id: tenantId },
        select: { timeZone: true, settings: true },
      });
      const parameters = readClassificationParameters(
        (tenant.settings as { classification?: unknown } | null)?.classification,
      );
      const analysisDate = todayIn(tenant.timeZone, startedAt);

      await tx.$executeRaw`CREATE TEMP TABLE classification_result ON COMMIT DROP AS ${classificationQuery(tenantId, parameters, analysisDate)}`;
      // A temporary table has no statistics until analysed; without them the writes below get nested-loop plans.
      await tx.$executeRaw`ANALYZE classification_result`;
      const run = await tx.classificationRun.create({
        data: {
          tenantId,
          trigger: by.trigger,
          startedByUserId: by.userId,
          analysisDate: new Date(`${analysisDate}T00:00:00Z`),
          parameters,
          startedAt,
          durationMs: 0,
          counts: {},
          changes: 0,
          noSales: false,
        },
        select: { id: true },
      });
      // A counterparty without a row has never been classified: POTENTIAL, no classes. The rows are numbered in the
      // order the report lists them (dimension, then counterparty) and their ids follow the run's (run-change-ids.ts).
      const changes = await tx.$executeRaw`
        INSERT INTO "ClassificationChange" ("tenantId", "id", "counterpartyId", "dimension", "fromValue", "toValue", "automatic", "runId", "createdAt")
        SELECT ${tenantId}, ${changeIdPrefixOf(run.id)} || lpad(to_hex(row_number() OVER (ORDER BY d.dimension, r.id)), ${ROW_NUMBER_DIGITS}::int, '0'),
               r.id, d.dimension::"ClassificationDimension", d.from_value, d.to_value, true, ${run.id}, ${startedAt}
        FROM classification_result r
        LEFT JOIN "CounterpartyClass" k ON k."tenantId" = ${tenantId} AND k."counterpartyId" = r.id
        CROSS JOIN LATERAL (VALUES ('ABC', k."abcAuto"::text, r.abc, k."abcManual" IS NOT NULL),
                                   ('STAGE', coalesce(k."stageAuto"::text, 'POTENTIAL'), r.stage, k."stageManual" IS NOT NULL),
                                   ('XYZ', k."xyzAuto"::text, r.xyz, k."stageManual" IS NOT NULL))
          AS d(dimension, from_value, to_value, overridden)
        -- Under a director's value the computed one changes beside it, not the counterparty's class: no history row,
        -- so that the history the KPIs and reports count holds only changes of the effective value (ADR 0010).
        WHERE d.from_value IS DISTINCT FROM d.to_value AND d.overridden IS NOT TRUE`;
      await tx.$executeRaw`
        INSERT INTO "CounterpartyClass" AS k ("tenantId", "counterpartyId", "abcAuto", "abcClass", "stageAuto", "stage", "xyzAuto", "xyzClass", "abcRevenue", "updatedAt")
        SELECT ${tenantId}, r.id, r.abc::"AbcClass", r.abc::"AbcClass", r.stage::"Stage", r.stage::"Stage", r.xyz::"XyzClass", r.xyz::"XyzClass", r.abc_revenue, ${startedAt}
        FROM classification_result r
        LEFT JOIN "CounterpartyClass" e ON e."tenantId" = ${tenantId} AND e."counterpartyId" = r.id
        -- A customer still without a sale and without a row stays without one: no row reads as exactly that. (A join,
        -- not a correlated EXISTS: on a table that grows under the statement the latter was planned as a scan per row.)
        WHERE r.first_sale IS NOT NULL OR e."counterpartyId" IS NOT NULL
        ON CONFLICT ("tenantId", "counterpartyId") DO UPDATE SET
          "abcAuto" = excluded."abcAuto", "abcClass" = coalesce(k."abcManual", excluded."abcAuto"),
          "stageAuto" = excluded."stageAuto", "stage" = coalesce(k."stageManual", excluded."stageAuto"),
          "xyzAuto" = excluded."xyzAuto", "xyzClass" = CASE WHEN k."stageManual" IS NOT NULL THEN k."xyzManual" ELSE excluded."xyzAuto" END,
          "abcRevenue" = excluded."abcRevenue", "updatedAt" = excluded."updatedAt"
        WHERE k."abcAuto" IS DISTINCT FROM excluded."abcAuto" OR k."stageAuto" IS DISTINCT FROM excluded."stageAuto"
           OR k."xyzAuto" IS DISTINCT FROM excluded."xyzAuto" OR k."abcRevenue" IS DISTINCT FROM excluded."abcRevenue"`;
      // The counts are of the effective classes (a director's value where set), as lists and the report show them.
      const rows = await tx.$queryRaw<
        { abc: string | null; stage: string; xyz: string | null; customers: number; revenue: string }[]
      >`
        SELECT k."abcClass"::text AS abc, coalesce(k."stage"::text, 'POTENTIAL') AS stage, k."xyzClass"::text AS xyz, count(*)::int AS customers, coalesce(sum(k."abcRevenue"), 0)::text AS revenue
        FROM classification_result r LEFT JOIN "CounterpartyClass" k ON k."tenantId" = ${tenantId} AND k."counterpartyId" = r.id GROUP BY 1, 2, 3`;
      const counts = summarise(rows);
      const [sold] = await tx.$queryRaw<
        { any: boolean }[]
      >`SELECT EXISTS (SELECT 1 FROM classification_result WHERE stage <> 'POTENTIAL') AS any`;
      const noSales = !sold?.any;
      // The report shows the dynamics as of the latest run, as it shows its matrix: they read the whole stage history.
      const dynamics = await loyaltyDynamics(tx, tenantId, tenant.timeZone, startedAt);
      const durationMs = Date.now() - startedAt.getTime();
      await tx.classificationRun.update({
        where: { tenantId_id: { tenantId, id: run.id } },
        data: {
          counts: counts as unknown as Prisma.InputJsonValue,
          dynamics: dynamics as unknown as Prisma.InputJsonValue,
          changes,
          noSales,
          durationMs: Math.max(0, durationMs),
        },
      });
      return { runId: run.id, durationMs, changes, noSales, counts };
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}

/** Counts and revenue per ABC × XYZ cell ("A:X", "B:-", "-:-") and per stage. */
function summarise(
  rows: { abc: string | null; stage: string; xyz: string | null; customers: number; revenue: string }[],
): RunCounts {
  const counts: RunCounts = { cells: {}, stages: {}, revenue: {} };
  for (const r of rows) {
    const cell = `${r.abc ?? "-"}:${r.xyz ?? "-"}`;
    counts.cells[cell] = (counts.cells[cell] ?? 0) + r.customers;
    counts.stages[r.stage] = (counts.stages[r.stage] ?? 0) + r.customers;
    counts.revenue[cell] = new Decimal(counts.revenue[cell] ?? 0).plus(r.revenue ?? 0).toFixed(2);
  }
  return counts;
}
