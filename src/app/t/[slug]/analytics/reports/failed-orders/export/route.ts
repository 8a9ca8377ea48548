import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { parseFailedOrderFilters } from "@/domain/reports/report-filters";
import { exportFailedOrders } from "@/server/reports/export-failed-orders";
import { reportCsvRoute } from "@/server/reports/report-csv-route";
import { reportFilterOptions } from "@/server/reports/report-filter-options";

/** GET with the page's query parameters: every failed order of every group, the sub-totals and the total. */
export const GET = reportCsvRoute("failed-orders", async (ctx, search, t, dialect) => {
  const filters = parseFailedOrderFilters(search, await reportFilterOptions(ctx));
  const period = readPeriod(search, todayIn(ctx.tenant.timeZone));
  const f = (key: string) => t(`reports.failedOrders.${key}`);
  const [group, other] =
    filters.groupBy === "reason" ? [f("reason"), t("analytics.manager")] : [t("analytics.manager"), f("reason")];
  return exportFailedOrders(ctx, dialect, period, filters, {
    headers: [group, f("number"), f("date"), f("counterparty"), other, f("amount"), f("comment")],
    noReason: f("noReason"),
    subtotal: (name) => t("reports.subtotalOf", { group: name }),
    total: t("analytics.total"),
  });
});
