import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { parseInteractionReportFilters } from "@/domain/reports/report-filters";
import { exportInteractionsReport } from "@/server/reports/export-interactions-report";
import { reportCsvRoute } from "@/server/reports/report-csv-route";
import { reportFilterOptions } from "@/server/reports/report-filter-options";

/** GET with the page's query parameters: every group of the page's period and filters, then the total. */
export const GET = reportCsvRoute("interactions", async (ctx, search, t, dialect) => {
  const { managerIds } = await reportFilterOptions(ctx);
  const filters = parseInteractionReportFilters(search, managerIds);
  const period = readPeriod(search, todayIn(ctx.tenant.timeZone));
  return exportInteractionsReport(ctx, dialect, period, filters, {
    headers: [
      t(`reports.interactions.groupings.${filters.groupBy}`),
      t("reports.interactions.count"),
      t("reports.interactions.incoming"),
      t("reports.interactions.outgoing"),
      t("reports.interactions.minutes"),
    ],
    group: (g) => (filters.groupBy === "type" ? t(`interactions.types.${g.key}`) : (g.label ?? "")),
    total: t("analytics.total"),
  });
});
