import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { readPeriod, todayIn } from "@/domain/dates/calendar-date";
import { DIRECTIONS, INTERACTION_TYPES } from "@/domain/interactions/interaction-input";
import {
  INTERACTION_GROUPINGS,
  INTERACTION_STATUS_FILTERS,
  flat,
  parseInteractionReportFilters,
  reportHref,
} from "@/domain/reports/report-filters";
import { FilterChoice } from "@/components/forms/filter-choice";
import { FilterField, PeriodFilter } from "@/components/analytics/period-filter";
import { Table, Td } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/server/page-context";
import {
  INTERACTION_REPORT_PAGE_SIZE,
  interactionsReport,
  type InteractionGroup,
} from "@/server/reports/interactions-report";
import { reportFilterOptions } from "@/server/reports/report-filter-options";
import { ReportHeader, RequiredChoice, SummaryRow } from "../report-parts";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("interactions.title") };
}

/** SPEC §7.4: interactions in a period by manager, type or counterparty, with incoming, outgoing and time spent. */
export default async function InteractionReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "reports.read");
  const search = await searchParams;
  const options = await reportFilterOptions(ctx);
  const filters = parseInteractionReportFilters(search, options.managerIds);
  const period = readPeriod(flat(search), todayIn(ctx.tenant.timeZone));
  const offset = (filters.page - 1) * INTERACTION_REPORT_PAGE_SIZE;
  const [t, report] = await Promise.all([
    getTranslations(),
    interactionsReport(ctx, period, filters, { limit: INTERACTION_REPORT_PAGE_SIZE, offset }),
  ]);
  const base = `/t/${slug}/analytics/reports/interactions`;
  const state = {
    from: period.from,
    to: period.to,
    status: filters.status,
    type: filters.type,
    direction: filters.direction,
    manager: filters.manager,
    groupBy: filters.groupBy,
  };
  const r = (key: string) => t(`reports.interactions.${key}`);
  const label = (g: InteractionGroup) => {
    if (filters.groupBy === "type") return t(`interactions.types.${g.key}`);
    if (filters.groupBy === "counterparty")
      return (
        <Link href={`/t/${slug}/counterparties/${g.key}`} className="text-brand-700 hover:underline">
          {g.label}
        </Link>
      );
    return g.label;
  };

  return (
    <>
      <ReportHeader
        slug={slug}
        title={r("title")}
        subtitle={t("reports.interactions.groupCount", { count: report.groupCount })}
      />
      <PeriodFilter
        from={period.from}
        to={period.to}
        corrected={period.corrected}
        exportHref={reportHref(`${base}/export`, state)}
      >
        <FilterField label={t("analytics.groupBy")}>
          <RequiredChoice
            name="groupBy"
            value={filters.groupBy}
            options={INTERACTION_GROUPINGS.map((g) => ({ value: g, label: r(`groupings.${g}`) }))}
          />
        </FilterField>
        <FilterField label={r("status")}>
          <RequiredChoice
            name="status"
            value={filters.status}
            options={INTERACTION_STATUS_FILTERS.map((s) => ({ value: s, label: r(`statuses.${s}`) }))}
          />
        </FilterField>
        <FilterField label={r("type")}>
          <FilterChoice
            name="type"
            label={r("type")}
            value={filters.type}
            any={r("anyType")}
            options={INTERACTION_TYPES.map((v) => ({ value: v, label: t(`interactions.types.${v}`) }))}
          />
        </FilterField>
        <FilterField label={r("direction")}>
          <FilterChoice
            name="direction"
            label={r("direction")}
            value={filters.direction}
            any={r("anyDirection")}
            options={DIRECTIONS.map((v) => ({ value: v, label: t(`interactions.directions.${v}`) }))}
          />
        </FilterField>
        <FilterField label={t("analytics.manager")}>
          <FilterChoice
            name="manager"
            label={t("analytics.manager")}
            value={filters.manager}
            any={t("analytics.allManagers")}
            options={options.managers.map((m) => ({ value: m.id, label: m.name }))}
          />
        </FilterField>
      </PeriodFilter>
      <Table
        head={[r(`groupings.${filters.groupBy}`), r("count"), r("incoming"), r("outgoing"), r("minutes")]}
        empty={report.total.count === 0 ? t("analytics.noData") : undefined}
      >
        {report.groups.map((g) => (
          <tr key={g.key} className="hover:bg-slate-50">
            <Td className="font-medium">{label(g)}</Td>
            <Td className="tabular-nums">{g.count}</Td>
            <Td className="tabular-nums">{g.incoming}</Td>
            <Td className="tabular-nums">{g.outgoing}</Td>
            <Td className="tabular-nums">{g.minutes}</Td>
          </tr>
        ))}
        {report.total.count > 0 && (
          <SummaryRow
            grand
            testId="report-total"
            label={t("analytics.total")}
            cells={[report.total.count, report.total.incoming, report.total.outgoing, report.total.minutes]}
          />
        )}
      </Table>
      <Pagination
        page={filters.page}
        pages={Math.max(1, Math.ceil(report.groupCount / INTERACTION_REPORT_PAGE_SIZE))}
        hrefFor={(page) => reportHref(base, { ...state, page })}
      />
    </>
  );
}
