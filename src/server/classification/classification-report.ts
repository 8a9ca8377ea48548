import "server-only";
import { firstChangeIdOf } from "@/domain/classification/run-change-ids";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import type { RunCounts } from "./run-classification";
import { loyaltyDynamics, type DynamicsRow } from "./loyalty-dynamics";

const RUNS_SHOWN = 10;
const CHANGES_SHOWN = 50;

export interface RunChange {
  id: string;
  dimension: "ABC" | "STAGE" | "XYZ";
  fromValue: string | null;
  toValue: string | null;
  counterpartyId: string;
  counterpartyName: string;
}

/**
 * SPEC §6.6: the last runs (the newest one's matrix, compared with the one before), what the newest run changed,
 * and the loyalty dynamics per month (loyalty-dynamics.ts).
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
  // The run's rows in the order it wrote them (by dimension, then counterparty): the primary key from the run's first id
  // gives the first rows at once, where sorting would join and sort every change of a first run (71,000).
  const changes = latest
    ? await db().$queryRaw<RunChange[]>`
        SELECT ch."id", ch."dimension"::text AS dimension, ch."fromValue", ch."toValue", ch."counterpartyId", c."name" AS "counterpartyName"
        FROM "ClassificationChange" ch
        JOIN "Counterparty" c ON c."tenantId" = ch."tenantId" AND c."id" = ch."counterpartyId"
        WHERE ch."tenantId" = ${tenantId} AND ch."runId" = ${latest.id} AND ch."id" >= ${firstChangeIdOf(latest.id)}
        ORDER BY ch."id" LIMIT ${CHANGES_SHOWN}`
    : [];
  const changeCount = latest?.changes ?? 0;
  // A run keeps the dynamics as of its end (ADR 0020); runs from before that, and a tenant never classified, get them now.
  const kept = latest?.dynamics as DynamicsRow[] | null | undefined;
  const dynamics = kept ?? (await loyaltyDynamics(db(), tenantId, ctx.tenant.timeZone, new Date()));
  return {
    runs,
    latest: latest ? { ...latest, counts: latest.counts as unknown as RunCounts } : null,
    previousCounts: previous ? (previous.counts as unknown as RunCounts) : null,
    changes,
    changeCount,
    dynamics,
    /** When the dynamics were taken: the latest run's end, or null when they were computed for this view. */
    dynamicsAsOf: kept ? latest!.startedAt : null,
  };
}
