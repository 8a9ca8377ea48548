import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { exportInformationSources } from "@/server/reports/export-information-sources";
import { reportCsvRoute } from "@/server/reports/report-csv-route";
import { SOURCE_COLUMNS } from "../source-columns";

/** GET with the page's period: one line per source, then the totals. */
export const GET = reportCsvRoute("information-sources", async (ctx, search, t, dialect) => {
  const period = readPeriod(search, todayIn(ctx.tenant.timeZone));
  const s = (key: string) => t(`reports.sources.${key}`);
  return exportInformationSources(ctx, dialect, period, {
    headers: SOURCE_COLUMNS.map(s),
    name: (row) => row.name ?? s("noSource"),
    total: t("analytics.total"),
  });
});
