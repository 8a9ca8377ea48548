import "server-only";
import Decimal from "decimal.js";
import { Prisma } from "@/generated/prisma/client";
import type { Period } from "@/domain/analytics/comparison-periods";
import { NONE, type FailedOrderFilters } from "@/domain/reports/report-filters";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

/** Orders listed under each group on the page; the CSV has them all. */
const ORDERS_PER_GROUP = 50;

interface FailedOrder {
  id: string;
  number: number;
  date: string;
  counterpartyId: string;
  counterpartyName: string;
  managerName: string;
  reasonName: string | null;
  amount: string;
  comment: string | null;
}

export interface FailedOrderGroup {
  /** The failure reason's or the manager's id; null for the orders cancelled without a reason. */
  key: string | null;
  label: string | null;
  count: number;
  amount: string;
  /** The group's first orders by date (ORDERS_PER_GROUP at most). */
  orders: FailedOrder[];
}

/**
 * The cancelled orders of the period with what the report shows of them: `f` with the group's "key" and "label"
 * (the reason or the manager, as grouped) and the order's columns. The page and the CSV read the same rows.
 */
export function cancelledOrdersSql(tenantId: string, period: Period, filters: FailedOrderFilters): Prisma.Sql {
  const byReason = filters.groupBy === "reason";
  return Prisma.sql`
    SELECT o."id", o."number", o."date", o."totalAmount", o."comment", o."counterpartyId", c."name" AS "counterpartyName",
           u."name" AS "managerName", r."name" AS "reasonName",
           ${byReason ? Prisma.sql`o."failureReasonId"` : Prisma.sql`o."managerUserId"`} AS "key",
           ${byReason ? Prisma.sql`r."name"` : Prisma.sql`u."name"`} AS "label"
      FROM "Order" o
      JOIN "Counterparty" c ON c."tenantId" = o."tenantId" AND c."id" = o."counterpartyId"
      JOIN "User" u ON u."id" = o."managerUserId"
      LEFT JOIN "FailureReason" r ON r."tenantId" = o."tenantId" AND r."id" = o."failureReasonId"
     WHERE o."tenantId" = ${tenantId} AND o."status" = 'CANCELLED' AND o."date" BETWEEN ${period.from}::date AND ${period.to}::date
       ${filters.reason === NONE ? Prisma.sql`AND o."failureReasonId" IS NULL` : filters.reason ? Prisma.sql`AND o."failureReasonId" = ${filters.reason}` : Prisma.empty}
       ${filters.manager ? Prisma.sql`AND o."managerUserId" = ${filters.manager}` : Prisma.empty}`;
}

/** The order of the groups, over rows with the group's "groupCount" and "groupAmount": largest amount first. */
export const GROUP_ORDER = Prisma.sql`"groupAmount" DESC, "groupCount" DESC, ("label" IS NULL), "label", "key"`;

/**
 * SPEC §7.4, failed orders: the orders cancelled in the period (by the order's date), grouped by failure reason
 * ("no reason given" is a group of its own) or by manager, each with its count and amount (the orders' totals),
 * and the orders under it; the largest amount first, then the grand total.
 */
export async function failedOrdersReport(
  ctx: TenantContext,
  period: Period,
  filters: FailedOrderFilters,
): Promise<{ groups: FailedOrderGroup[]; total: { count: number; amount: string } }> {
  const groups = await db().$queryRaw<FailedOrderGroup[]>`
    WITH f AS MATERIALIZED (
      SELECT f.*, row_number() OVER (PARTITION BY f."key" ORDER BY f."date", f."number") AS "rank"
        FROM (${cancelledOrdersSql(ctx.tenant.id, period, filters)}) f
    ), g AS (
      SELECT f."key", f."label", count(*)::int AS "groupCount", sum(f."totalAmount") AS "groupAmount",
             json_agg(json_build_object('id', f."id", 'number', f."number", 'date', to_char(f."date", 'YYYY-MM-DD'),
                                        'counterpartyId', f."counterpartyId", 'counterpartyName', f."counterpartyName",
                                        'managerName', f."managerName", 'reasonName', f."reasonName",
                                        'amount', f."totalAmount"::text, 'comment', f."comment")
                      ORDER BY f."date", f."number") FILTER (WHERE f."rank" <= ${ORDERS_PER_GROUP}) AS "orders"
        FROM f GROUP BY f."key", f."label"
    )
    SELECT "key", "label", "groupCount" AS "count", round("groupAmount", 2)::text AS "amount", "orders" FROM g ORDER BY ${GROUP_ORDER}`;
  const amount = groups.reduce((sum, g) => sum.plus(g.amount), new Decimal(0));
  return { groups, total: { count: groups.reduce((n, g) => n + g.count, 0), amount: amount.toFixed(2) } };
}
