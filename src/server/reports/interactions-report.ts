import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Period } from "@/domain/analytics/comparison-periods";
import { periodInstants } from "@/domain/dates/period-instants";
import type { InteractionReportFilters } from "@/domain/reports/report-filters";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

export const INTERACTION_REPORT_PAGE_SIZE = 100;

export interface InteractionFigures {
  count: number;
  incoming: number;
  outgoing: number;
  /** Time spent (durationMinutes) summed; interactions without it add nothing. */
  minutes: number;
}

export interface InteractionGroup extends InteractionFigures {
  /** The manager's user id, the interaction type, or the counterparty's id. */
  key: string;
  /** The manager's or the counterparty's name; null for a type (the page translates it). */
  label: string | null;
}

const STATUS_SQL = {
  done: Prisma.sql`AND i."status" = 'DONE'`,
  planned: Prisma.sql`AND i."status" = 'PLANNED'`,
  all: Prisma.empty,
} as const;

const GROUPING = {
  manager: {
    key: Prisma.sql`i."responsibleUserId"`,
    label: Prisma.sql`(SELECT u."name" FROM "User" u WHERE u."id" = g."key")`,
  },
  type: { key: Prisma.sql`i."type"::text`, label: Prisma.sql`NULL::text` },
  counterparty: {
    key: Prisma.sql`i."counterpartyId"`,
    label: Prisma.sql`(SELECT c."name" FROM "Counterparty" c WHERE c."tenantId" = g."tenantId" AND c."id" = g."key")`,
  },
} as const;

/**
 * SPEC §7.4, interactions in a period: by the time they have on the timeline (`at`, the actual start once done)
 * in the tenant's zone, filtered by status (done by default), type, direction and manager, grouped by manager,
 * type or counterparty — most interactions first. The groups are paged (grouping by counterparty can give
 * thousands); the total covers all of them.
 */
export async function interactionsReport(
  ctx: TenantContext,
  period: Period,
  filters: Omit<InteractionReportFilters, "page">,
  window: { limit: number; offset: number } = { limit: INTERACTION_REPORT_PAGE_SIZE, offset: 0 },
): Promise<{ groups: InteractionGroup[]; groupCount: number; total: InteractionFigures }> {
  const tenantId = ctx.tenant.id;
  const { start, end } = periodInstants(period, ctx.tenant.timeZone);
  const grouping = GROUPING[filters.groupBy];
  const [result] = await db().$queryRaw<
    { groups: InteractionGroup[]; summary: InteractionFigures & { groupCount: number } }[]
  >`
    WITH g AS MATERIALIZED (
      SELECT ${tenantId}::text AS "tenantId", ${grouping.key} AS "key", count(*)::int AS "count",
             count(*) FILTER (WHERE i."direction" = 'INCOMING')::int AS "incoming",
             count(*) FILTER (WHERE i."direction" = 'OUTGOING')::int AS "outgoing",
             coalesce(sum(i."durationMinutes"), 0)::int AS "minutes"
        FROM "Interaction" i
       WHERE i."tenantId" = ${tenantId} AND i."at" >= ${start} AND i."at" < ${end} ${STATUS_SQL[filters.status]}
         ${filters.type ? Prisma.sql`AND i."type" = ${filters.type}::"InteractionType"` : Prisma.empty}
         ${filters.direction ? Prisma.sql`AND i."direction" = ${filters.direction}::"InteractionDirection"` : Prisma.empty}
         ${filters.manager ? Prisma.sql`AND i."responsibleUserId" = ${filters.manager}` : Prisma.empty}
       GROUP BY 2
    ), labelled AS (
      SELECT g."key", ${grouping.label} AS "label", g."count", g."incoming", g."outgoing", g."minutes" FROM g
    )
    SELECT
      (SELECT coalesce(json_agg(p ORDER BY p."count" DESC, p."label", p."key"), '[]'::json)
         FROM (SELECT * FROM labelled ORDER BY "count" DESC, "label", "key" LIMIT ${window.limit} OFFSET ${window.offset}) p) AS "groups",
      (SELECT json_build_object('groupCount', count(*), 'count', coalesce(sum("count"), 0), 'incoming', coalesce(sum("incoming"), 0),
                                'outgoing', coalesce(sum("outgoing"), 0), 'minutes', coalesce(sum("minutes"), 0)) FROM g) AS "summary"`;
  const { groupCount, ...total } = result!.summary;
  return { groups: result!.groups, groupCount, total };
}
