import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import type { CsvDialect } from "@/domain/csv/csv-dialect";
import { isoDate } from "@/domain/dates/calendar-date";
import { groupedCsvRows } from "@/domain/reports/grouped-csv-rows";
import type { FailedOrderFilters } from "@/domain/reports/report-filters";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { streamCsv } from "@/server/csv/stream-csv";
import type { TenantContext } from "@/server/tenant-context";
import { GROUP_ORDER, cancelledOrdersSql } from "./failed-orders-report";

interface CsvOrder {
  key: string | null;
  label: string | null;
  number: number;
  date: Date;
  counterpartyName: string;
  managerName: string;
  reasonName: string | null;
  totalAmount: Prisma.Decimal;
  comment: string | null;
  groupCount: number;
  groupAmount: Prisma.Decimal;
}

export interface FailedOrderCsvLabels {
  /** Group, number, date, counterparty, the other dimension (manager or reason), amount, comment. */
  headers: string[];
  noReason: string;
  subtotal: (group: string) => string;
  total: string;
}

/** The failed-orders report as CSV: every order of every group, each group's sub-total after it, the total last. */
export function exportFailedOrders(
  ctx: TenantContext,
  dialect: CsvDialect,
  period: Period,
  filters: FailedOrderFilters,
  labels: FailedOrderCsvLabels,
) {
  const byReason = filters.groupBy === "reason";
  const groupName = (row: CsvOrder) => row.label ?? labels.noReason;
  let count = 0;
  let amount = new Prisma.Decimal(0);
  const layout = groupedCsvRows<CsvOrder>({
    groupOf: (row) => row.key ?? "",
    detail: (row) => [
      groupName(row),
      row.number,
      isoDate(row.date),
      row.counterpartyName,
      byReason ? row.managerName : (row.reasonName ?? labels.noReason),
      row.totalAmount,
      row.comment,
    ],
    subtotal: (last) => [labels.subtotal(groupName(last)), last.groupCount, "", "", "", last.groupAmount, ""],
    total: () => [labels.total, count, "", "", "", amount, ""],
  });
  return streamCsv(dialect, labels.headers, async (offset, limit) => {
    const rows = await db().$queryRaw<CsvOrder[]>`
      SELECT f.*, (count(*) OVER w)::int AS "groupCount", sum(f."totalAmount") OVER w AS "groupAmount"
        FROM (${cancelledOrdersSql(ctx.tenant.id, period, filters)}) f
      WINDOW w AS (PARTITION BY f."key")
       ORDER BY ${GROUP_ORDER}, f."date", f."number"
       LIMIT ${limit} OFFSET ${offset}`;
    count += rows.length;
    amount = rows.reduce((sum, row) => sum.plus(row.totalAmount), amount);
    return layout(rows, rows.length < limit);
  });
}
