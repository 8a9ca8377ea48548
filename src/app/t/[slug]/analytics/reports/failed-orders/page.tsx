import { getLocale, getTranslations } from "next-intl/server";
import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { flat, parseFailedOrderFilters } from "@/domain/reports/report-filters";
import { moneyFormatter } from "@/i18n/format-money";
import { failedOrdersReport } from "@/server/reports/failed-orders-report";
import { reportFilterOptions } from "@/server/reports/report-filter-options";
import { ReportFrame } from "../report-frame";
import { FailedOrderFilterFields } from "./failed-order-filter-fields";
import { FailedOrderGroupRows } from "./failed-order-group";
import { failedOrderSummary } from "./failed-order-summary";
import { reportPageContext, type ReportPageProps } from "../../report-page";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("failedOrders.title") };
}

/** SPEC §7.4: the orders cancelled in a period by failure reason or manager, with their amounts. */
export default async function FailedOrderReportPage(props: ReportPageProps) {
  const { slug, ctx, search: query } = await reportPageContext(props);
  const search = flat(query);
  const options = await reportFilterOptions(ctx);
  const filters = parseFailedOrderFilters(search, options);
  const period = readPeriod(search, todayIn(ctx.tenant.timeZone));
  const [t, locale, report] = await Promise.all([
    getTranslations(),
    getLocale(),
    failedOrdersReport(ctx, period, filters),
  ]);
  const money = moneyFormatter(locale, ctx.tenant.currency);
  const f = (key: string) => t(`reports.failedOrders.${key}`);
  const byReason = filters.groupBy === "reason";

  return (
    <ReportFrame
      slug={slug}
      report="failed-orders"
      title={f("title")}
      period={period}
      state={{ reason: filters.reason, manager: filters.manager, groupBy: filters.groupBy }}
      filters={<FailedOrderFilterFields filters={filters} reasons={options.reasons} managers={options.managers} />}
      head={[
        f("number"),
        f("date"),
        f("counterparty"),
        byReason ? t("analytics.manager") : f("reason"),
        f("amount"),
        f("comment"),
      ]}
      total={report.total.count > 0 ? failedOrderSummary(t("analytics.total"), report.total, money) : undefined}
    >
      {report.groups.map((g) => (
        <FailedOrderGroupRows
          key={String(g.key)}
          slug={slug}
          group={g}
          byReason={byReason}
          currency={ctx.tenant.currency}
        />
      ))}
    </ReportFrame>
  );
}
