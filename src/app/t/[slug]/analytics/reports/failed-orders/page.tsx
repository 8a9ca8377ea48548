import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { dateValue, readPeriod, todayIn } from "@/domain/dates/calendar-date";
import {
  FAILED_ORDER_GROUPINGS,
  NONE,
  flat,
  parseFailedOrderFilters,
  reportHref,
} from "@/domain/reports/report-filters";
import { moneyFormatter } from "@/i18n/format-money";
import { FilterChoice } from "@/components/forms/filter-choice";
import { FilterField, PeriodFilter } from "@/components/analytics/period-filter";
import { Table, Td } from "@/components/ui/table";
import { requirePagePermission } from "@/server/page-context";
import { failedOrdersReport } from "@/server/reports/failed-orders-report";
import { reportFilterOptions } from "@/server/reports/report-filter-options";
import { GroupHeadRow, ReportHeader, RequiredChoice, SummaryRow } from "../report-parts";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("failedOrders.title") };
}

/** SPEC §7.4: the orders cancelled in a period by failure reason or manager, with their amounts. */
export default async function FailedOrderReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "reports.read");
  const search = flat(await searchParams);
  const options = await reportFilterOptions(ctx);
  const filters = parseFailedOrderFilters(search, options);
  const period = readPeriod(search, todayIn(ctx.tenant.timeZone));
  const [t, format, locale, report] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLocale(),
    failedOrdersReport(ctx, period, filters),
  ]);
  const money = moneyFormatter(locale, ctx.tenant.currency);
  const f = (key: string) => t(`reports.failedOrders.${key}`);
  const byReason = filters.groupBy === "reason";
  const state = {
    from: period.from,
    to: period.to,
    reason: filters.reason,
    manager: filters.manager,
    groupBy: filters.groupBy,
  };
  const groupName = (label: string | null) => label ?? f("noReason");

  return (
    <>
      <ReportHeader slug={slug} title={f("title")} />
      <PeriodFilter
        from={period.from}
        to={period.to}
        corrected={period.corrected}
        exportHref={reportHref(`/t/${slug}/analytics/reports/failed-orders/export`, state)}
      >
        <FilterField label={t("analytics.groupBy")}>
          <RequiredChoice
            name="groupBy"
            value={filters.groupBy}
            options={FAILED_ORDER_GROUPINGS.map((g) => ({ value: g, label: f(`groupings.${g}`) }))}
          />
        </FilterField>
        <FilterField label={f("reason")}>
          <FilterChoice
            name="reason"
            label={f("reason")}
            value={filters.reason}
            any={f("anyReason")}
            options={[
              ...options.reasons.map((r) => ({ value: r.id, label: r.name })),
              { value: NONE, label: f("noReason") },
            ]}
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
        head={[
          f("number"),
          f("date"),
          f("counterparty"),
          byReason ? t("analytics.manager") : f("reason"),
          f("amount"),
          f("comment"),
        ]}
        empty={report.total.count === 0 ? t("analytics.noData") : undefined}
      >
        {report.groups.map((g) => [
          <GroupHeadRow key={`head-${g.key}`} span={6}>
            {groupName(g.label)}
          </GroupHeadRow>,
          ...g.orders.map((o) => (
            <tr key={o.id} className="hover:bg-slate-50">
              <Td>
                <Link href={`/t/${slug}/orders/${o.id}`} className="font-medium text-brand-700 hover:underline">
                  {o.number}
                </Link>
              </Td>
              <Td className="whitespace-nowrap">
                {format.dateTime(dateValue(o.date), { dateStyle: "short", timeZone: "UTC" })}
              </Td>
              <Td>
                <Link href={`/t/${slug}/counterparties/${o.counterpartyId}`} className="hover:underline">
                  {o.counterpartyName}
                </Link>
              </Td>
              <Td>{byReason ? o.managerName : groupName(o.reasonName)}</Td>
              <Td className="whitespace-nowrap tabular-nums">{money(o.amount)}</Td>
              <Td className="max-w-xs whitespace-pre-line text-slate-600">{o.comment ?? ""}</Td>
            </tr>
          )),
          g.count > g.orders.length && (
            <tr key={`more-${g.key}`}>
              <td colSpan={6} className="px-4 py-2 text-sm text-slate-500">
                {t("reports.failedOrders.more", { count: g.count - g.orders.length })}
              </td>
            </tr>
          ),
          <SummaryRow
            key={`sub-${g.key}`}
            label={
              <>
                {t("reports.subtotalOf", { group: groupName(g.label) })}{" "}
                <span className="ml-2 font-normal text-slate-500">
                  {f("count")}: {g.count}
                </span>
              </>
            }
            cells={["", "", "", money(g.amount), ""]}
          />,
        ])}
        {report.total.count > 0 && (
          <SummaryRow
            grand
            testId="report-total"
            label={
              <>
                {t("analytics.total")}{" "}
                <span className="ml-2 font-normal text-slate-500">
                  {f("count")}: {report.total.count}
                </span>
              </>
            }
            cells={["", "", "", money(report.total.amount), ""]}
          />
        )}
      </Table>
    </>
  );
}
