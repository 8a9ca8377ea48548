import "server-only";
import type { Period } from "@/domain/analytics/comparison-periods";
import type { CsvDialect } from "@/domain/csv/csv-dialect";
import type { InteractionReportFilters } from "@/domain/reports/report-filters";
import { streamCsv } from "@/server/csv/stream-csv";
import type { TenantContext } from "@/server/tenant-context";
import { interactionsReport, type InteractionGroup } from "./interactions-report";

/** The interactions report as CSV: every group (not only the page's), then the total. */
export function exportInteractionsReport(
  ctx: TenantContext,
  dialect: CsvDialect,
  period: Period,
  filters: Omit<InteractionReportFilters, "page">,
  labels: { headers: string[]; group: (group: InteractionGroup) => string; total: string },
) {
  let finished = false;
  return streamCsv(dialect, labels.headers, async (offset, limit) => {
    if (finished) return [];
    const report = await interactionsReport(ctx, period, filters, { limit, offset });
    const rows: unknown[][] = report.groups.map((g) => [labels.group(g), g.count, g.incoming, g.outgoing, g.minutes]);
    if (report.groups.length < limit) {
      const t = report.total;
      rows.push([labels.total, t.count, t.incoming, t.outgoing, t.minutes]);
      finished = true;
    }
    return rows;
  });
}
