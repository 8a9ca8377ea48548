import { getTranslations } from "next-intl/server";
import { parseContactReportFilters } from "@/domain/reports/report-filters";
import { CONTACT_REPORT_PAGE_SIZE, contactInformationReport } from "@/server/reports/contact-information-report";
import { reportFilterOptions } from "@/server/reports/report-filter-options";
import { ReportFrame } from "../report-frame";
import { ContactFilterFields } from "./contact-filter-fields";
import { ContactRows } from "./contact-rows";
import { contactSummary } from "./contact-summary";
import { reportPageContext, type ReportPageProps } from "../../report-page";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("contacts.title") };
}

/** SPEC §7.4: contact information of the customers and its completeness, grouped by the responsible manager. */
export default async function ContactReportPage(props: ReportPageProps) {
  const { slug, ctx, search } = await reportPageContext(props);
  const options = await reportFilterOptions(ctx);
  const filters = parseContactReportFilters(search, options.managerIds);
  const [t, report] = await Promise.all([getTranslations(), contactInformationReport(ctx, filters)]);
  const c = (key: string) => t(`reports.contacts.${key}`);

  return (
    <ReportFrame
      slug={slug}
      report="contacts"
      title={c("title")}
      subtitle={t("reports.contacts.fieldsNote", { count: report.fieldCount })}
      state={{ manager: filters.manager, kind: filters.kind, incomplete: filters.incomplete }}
      filters={<ContactFilterFields filters={filters} managers={options.managers} />}
      head={[c("counterparty"), c("kind"), c("phone"), c("email"), c("address"), c("persons"), c("completeness")]}
      total={report.total.counterparties > 0 ? contactSummary(t("analytics.total"), report.total) : undefined}
      empty={c("empty")}
      pages={{ page: filters.page, pages: report.pages }}
    >
      <ContactRows
        slug={slug}
        rows={report.rows}
        groups={report.groups}
        offset={(filters.page - 1) * CONTACT_REPORT_PAGE_SIZE}
      />
    </ReportFrame>
  );
}
