import { getLocale, getTranslations } from "next-intl/server";
import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { flat } from "@/domain/reports/report-filters";
import { moneyFormatter } from "@/i18n/format-money";
import { informationSourcesReport } from "@/server/reports/information-sources-report";
import { ReportFrame } from "../report-frame";
import { SOURCE_COLUMNS } from "./source-columns";
import { sourceFigures } from "./source-figures";
import { SourceRows } from "./source-rows";
import { reportPageContext, type ReportPageProps } from "../../report-page";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("sources.title") };
}

/** SPEC §7.4: per information source, the leads, orders and sales of a period, and the return on its cost. */
export default async function SourceReportPage(props: ReportPageProps) {
  const { slug, ctx, search } = await reportPageContext(props);
  const period = readPeriod(flat(search), todayIn(ctx.tenant.timeZone));
  const [t, locale, report] = await Promise.all([
    getTranslations(),
    getLocale(),
    informationSourcesReport(ctx, period),
  ]);
  const money = moneyFormatter(locale, ctx.tenant.currency);
  const s = (key: string) => t(`reports.sources.${key}`);

  return (
    <ReportFrame
      slug={slug}
      report="sources"
      title={s("title")}
      subtitle={s("note")}
      period={period}
      head={SOURCE_COLUMNS.map(s)}
      total={
        report.rows.length > 0 ? { label: t("analytics.total"), cells: sourceFigures(report.total, money) } : undefined
      }
    >
      <SourceRows slug={slug} rows={report.rows} currency={ctx.tenant.currency} />
    </ReportFrame>
  );
}
