import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { reportHref, type REPORTS } from "@/domain/reports/report-filters";
import { PeriodFilter } from "@/components/analytics/period-filter";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { ReportHeader, SummaryRow } from "./report-parts";

/**
 * What every report shows: its title, the filter form with the CSV link, the table of its rows closed by the grand
 * total, and the pager when the rows are paged. The CSV link and the pager carry the period and `state` (the
 * report's filters), so the export reads exactly what the page shows.
 */
export async function ReportFrame({
  slug,
  report,
  title,
  subtitle,
  period,
  state,
  filters,
  head,
  total,
  empty,
  pages,
  children,
}: {
  slug: string;
  report: (typeof REPORTS)[number];
  title: string;
  subtitle?: ReactNode;
  /** Left out by a report without a period. */
  period?: { from: string; to: string; corrected: boolean };
  state?: Record<string, string | number | boolean | undefined>;
  filters?: ReactNode;
  head: ReactNode[];
  /** The grand total; without one the report has no data and the table says so, in `empty` or the default words. */
  total?: { label: ReactNode; cells: ReactNode[] };
  empty?: string;
  pages?: { page: number; pages: number };
  children: ReactNode;
}) {
  const t = await getTranslations("analytics");
  const base = `/t/${slug}/analytics/reports/${report}`;
  const query = { from: period?.from, to: period?.to, ...state };
  return (
    <>
      <ReportHeader slug={slug} title={title} subtitle={subtitle} />
      <PeriodFilter {...period} exportHref={reportHref(`${base}/export`, query)}>
        {filters}
      </PeriodFilter>
      <Table head={head} empty={total ? undefined : (empty ?? t("noData"))}>
        {children}
        {total && <SummaryRow grand testId="report-total" {...total} />}
      </Table>
      {pages && <Pagination {...pages} hrefFor={(page) => reportHref(base, { ...query, page })} />}
    </>
  );
}
