import { getTranslations } from "next-intl/server";
import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { flat, parseInteractionReportFilters } from "@/domain/reports/report-filters";
import { INTERACTION_REPORT_PAGE_SIZE, interactionsReport } from "@/server/reports/interactions-report";
import { reportFilterOptions } from "@/server/reports/report-filter-options";
import { ReportFrame } from "../report-frame";
import { InteractionFilterFields } from "./interaction-filter-fields";
import { InteractionGroupRows } from "./interaction-group-rows";
import { reportPageContext, type ReportPageProps } from "../../report-page";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("interactions.title") };
}

/** SPEC §7.4: interactions in a period by manager, type or counterparty, with incoming, outgoing and time spent. */
export default async function InteractionReportPage(props: ReportPageProps) {
  const { slug, ctx, search } = await reportPageContext(props);
  const options = await reportFilterOptions(ctx);
  const filters = parseInteractionReportFilters(search, options.managerIds);
  const period = readPeriod(flat(search), todayIn(ctx.tenant.timeZone));
  const offset = (filters.page - 1) * INTERACTION_REPORT_PAGE_SIZE;
  const [t, report] = await Promise.all([
    getTranslations(),
    interactionsReport(ctx, period, filters, { limit: INTERACTION_REPORT_PAGE_SIZE, offset }),
  ]);
  const state = {
    status: filters.status,
    type: filters.type,
    direction: filters.direction,
    manager: filters.manager,
    groupBy: filters.groupBy,
  };
  const r = (key: string) => t(`reports.interactions.${key}`);
  const { total } = report;

  return (
    <ReportFrame
      slug={slug}
      report="interactions"
      title={r("title")}
      subtitle={t("reports.interactions.groupCount", { count: report.groupCount })}
      period={period}
      state={state}
      filters={<InteractionFilterFields filters={filters} managers={options.managers} />}
      head={[r(`groupings.${filters.groupBy}`), r("count"), r("incoming"), r("outgoing"), r("minutes")]}
      total={
        total.count > 0
          ? { label: t("analytics.total"), cells: [total.count, total.incoming, total.outgoing, total.minutes] }
          : undefined
      }
      pages={{ page: filters.page, pages: Math.max(1, Math.ceil(report.groupCount / INTERACTION_REPORT_PAGE_SIZE)) }}
    >
      <InteractionGroupRows slug={slug} groups={report.groups} groupBy={filters.groupBy} />
    </ReportFrame>
  );
}
