import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { flat, reportHref } from "@/domain/reports/report-filters";
import { sourceCells, type SourceRow } from "@/domain/reports/source-efficiency";
import { moneyFormatter } from "@/i18n/format-money";
import { PeriodFilter } from "@/components/analytics/period-filter";
import { Table, Td } from "@/components/ui/table";
import { requirePagePermission } from "@/server/page-context";
import { informationSourcesReport } from "@/server/reports/information-sources-report";
import { ReportHeader, SummaryRow } from "../report-parts";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("sources.title") };
}

/** SPEC §7.4: per information source, the leads, orders and sales of a period, and the return on its cost. */
export default async function SourceReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "reports.read");
  const period = readPeriod(flat(await searchParams), todayIn(ctx.tenant.timeZone));
  const [t, format, locale, report] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLocale(),
    informationSourcesReport(ctx, period),
  ]);
  const money = moneyFormatter(locale, ctx.tenant.currency);
  const s = (key: string) => t(`reports.sources.${key}`);
  const figures = (r: SourceRow) =>
    sourceCells<ReactNode>(r, {
      count: (n) => n,
      money,
      ratio: (value) =>
        value === null ? (
          "—"
        ) : (
          <span className={value < 0 ? "text-red-700" : "text-emerald-700"}>
            {format.number(value, { style: "percent", maximumFractionDigits: 1 })}
          </span>
        ),
    });

  return (
    <>
      <ReportHeader slug={slug} title={s("title")} subtitle={s("note")} />
      <PeriodFilter
        from={period.from}
        to={period.to}
        corrected={period.corrected}
        exportHref={reportHref(`/t/${slug}/analytics/reports/sources/export`, { from: period.from, to: period.to })}
      />
      <Table
        head={[
          s("source"),
          s("incoming"),
          s("newCounterparties"),
          s("orders"),
          s("revenue"),
          s("grossProfit"),
          s("cost"),
          s("costPerNew"),
          s("return"),
        ]}
        empty={report.rows.length === 0 ? t("analytics.noData") : undefined}
      >
        {report.rows.map((r) => (
          <tr key={r.sourceId ?? "none"} className="hover:bg-slate-50" data-source={r.sourceId ?? "none"}>
            <Td className="font-medium">
              {r.sourceId === null ? (
                <span className="text-slate-500">{s("noSource")}</span>
              ) : (
                <Link
                  href={`/t/${slug}/counterparties?source=${r.sourceId}`}
                  className="text-brand-700 hover:underline"
                >
                  {r.name}
                </Link>
              )}
              {r.archived && <span className="ml-2 text-xs text-slate-500">({s("archived")})</span>}
            </Td>
            {figures(r).map((cell, i) => (
              <Td key={i} className="whitespace-nowrap tabular-nums">
                {cell}
              </Td>
            ))}
          </tr>
        ))}
        {report.rows.length > 0 && (
          <SummaryRow grand testId="report-total" label={t("analytics.total")} cells={figures(report.total)} />
        )}
      </Table>
    </>
  );
}
