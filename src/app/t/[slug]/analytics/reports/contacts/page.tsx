import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { COUNTERPARTY_KINDS, NONE, parseContactReportFilters, reportHref } from "@/domain/reports/report-filters";
import { FilterChoice } from "@/components/forms/filter-choice";
import { FilterField, PeriodFilter } from "@/components/analytics/period-filter";
import { Table, Td } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/server/page-context";
import { CONTACT_REPORT_PAGE_SIZE, contactInformationReport } from "@/server/reports/contact-information-report";
import { reportFilterOptions } from "@/server/reports/report-filter-options";
import { GroupHeadRow, ReportHeader, SummaryRow } from "../report-parts";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("contacts.title") };
}

/** SPEC §7.4: contact information of the customers and its completeness, grouped by the responsible manager. */
export default async function ContactReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "reports.read");
  const options = await reportFilterOptions(ctx);
  const filters = parseContactReportFilters(await searchParams, options.managerIds);
  const [t, format, report] = await Promise.all([
    getTranslations(),
    getFormatter(),
    contactInformationReport(ctx, filters),
  ]);
  const base = `/t/${slug}/analytics/reports/contacts`;
  const state = { manager: filters.manager, kind: filters.kind, incomplete: filters.incomplete };
  const percent = (value: number | null) => (value === null ? "—" : format.number(value, { maximumFractionDigits: 1 }));
  const managerName = (name: string | null) => name ?? t("analytics.unassigned");
  const summary = (
    label: string,
    figures: { counterparties: number; persons: number; completeness: number | null },
  ) => ({
    label: (
      <>
        {label}
        <span className="ml-2 font-normal text-slate-500">
          {t("reports.contacts.counterparties")}: {figures.counterparties}
        </span>
      </>
    ),
    cells: ["", "", "", "", figures.persons, percent(figures.completeness)],
  });

  // Where each manager's counterparties end in the whole report, so a sub-total closes its group on the page
  // that holds the group's last row.
  const groupEnd = new Map<string | null, { end: number; group: (typeof report.groups)[number] }>();
  report.groups.reduce(
    (end, group) => (
      groupEnd.set(group.managerUserId, { end: end + group.counterparties, group }),
      end + group.counterparties
    ),
    0,
  );
  const offset = (filters.page - 1) * CONTACT_REPORT_PAGE_SIZE;

  return (
    <>
      <ReportHeader
        slug={slug}
        title={t("reports.contacts.title")}
        subtitle={t("reports.contacts.fieldsNote", { count: report.fieldCount })}
      />
      <PeriodFilter exportHref={reportHref(`${base}/export`, state)}>
        <FilterField label={t("analytics.manager")}>
          <FilterChoice
            name="manager"
            label={t("analytics.manager")}
            value={filters.manager}
            any={t("analytics.allManagers")}
            options={[
              ...options.managers.map((m) => ({ value: m.id, label: m.name })),
              { value: NONE, label: t("analytics.unassigned") },
            ]}
          />
        </FilterField>
        <FilterField label={t("reports.contacts.kind")}>
          <FilterChoice
            name="kind"
            label={t("reports.contacts.kind")}
            value={filters.kind}
            any={t("reports.contacts.anyKind")}
            options={COUNTERPARTY_KINDS.map((k) => ({ value: k, label: t(`counterparties.kinds.${k}`) }))}
          />
        </FilterField>
        <label className="flex items-center gap-2 self-center pt-4">
          <input type="checkbox" name="incomplete" value="1" defaultChecked={filters.incomplete} />
          {t("reports.contacts.incomplete")}
        </label>
      </PeriodFilter>
      <Table
        head={[
          t("reports.contacts.counterparty"),
          t("reports.contacts.kind"),
          t("reports.contacts.phone"),
          t("reports.contacts.email"),
          t("reports.contacts.address"),
          t("reports.contacts.persons"),
          t("reports.contacts.completeness"),
        ]}
        empty={report.total.counterparties === 0 ? t("reports.contacts.empty") : undefined}
      >
        {report.rows.map((row, i) => {
          const place = groupEnd.get(row.managerUserId);
          const opensGroup = i === 0 || report.rows[i - 1]!.managerUserId !== row.managerUserId;
          const closesGroup = place !== undefined && offset + i + 1 === place.end;
          return [
            opensGroup && (
              <GroupHeadRow key={`head-${row.id}`} span={7}>
                {managerName(row.managerName)}
              </GroupHeadRow>
            ),
            <tr key={row.id} className="hover:bg-slate-50">
              <Td className="font-medium">
                <Link href={`/t/${slug}/counterparties/${row.id}`} className="text-brand-700 hover:underline">
                  {row.name}
                </Link>
              </Td>
              <Td>{t(`counterparties.kinds.${row.kind}`)}</Td>
              <Td>{row.phone ?? "—"}</Td>
              <Td>{row.email ?? "—"}</Td>
              <Td>{row.address ?? "—"}</Td>
              <Td className="tabular-nums">{row.persons}</Td>
              <Td
                className={`tabular-nums ${row.completeness !== null && row.completeness < 100 ? "text-amber-700" : ""}`}
              >
                {percent(row.completeness)}
              </Td>
            </tr>,
            closesGroup && (
              <SummaryRow
                key={`sub-${row.id}`}
                {...summary(t("reports.subtotalOf", { group: managerName(place.group.managerName) }), place.group)}
              />
            ),
          ];
        })}
        {report.total.counterparties > 0 && (
          <SummaryRow grand testId="report-total" {...summary(t("analytics.total"), report.total)} />
        )}
      </Table>
      <Pagination page={filters.page} pages={report.pages} hrefFor={(page) => reportHref(base, { ...state, page })} />
    </>
  );
}
