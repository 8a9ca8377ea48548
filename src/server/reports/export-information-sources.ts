import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import type { CsvDialect } from "@/domain/csv/csv-dialect";
import { sourceCells, type SourceRow } from "@/domain/reports/source-efficiency";
import { Prisma } from "@/generated/prisma/client";
import { streamCsv } from "@/server/csv/stream-csv";
import type { TenantContext } from "@/server/tenant-context";
import { informationSourcesReport } from "./information-sources-report";

const cells = {
  count: (n: number) => n,
  money: (value: string | null) => (value === null ? null : new Prisma.Decimal(value)),
  ratio: (value: number | null) => (value === null ? null : new Prisma.Decimal(value).times(100).toDecimalPlaces(2)),
};

/** The information-source report as CSV: one line per source, then the totals; the return as a percentage. */
export function exportInformationSources(
  ctx: TenantContext,
  dialect: CsvDialect,
  period: Period,
  labels: { headers: string[]; name: (row: SourceRow) => string; total: string },
) {
  const line = (name: string, r: SourceRow) => [name, ...sourceCells<unknown>(r, cells)];
  return streamCsv(dialect, labels.headers, async (offset) => {
    if (offset > 0) return [];
    const report = await informationSourcesReport(ctx, period);
    return [...report.rows.map((r) => line(labels.name(r), r)), line(labels.total, report.total)];
  });
}
