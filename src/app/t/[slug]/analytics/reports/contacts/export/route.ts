import { parseContactReportFilters } from "@/domain/reports/report-filters";
import { exportContactInformation } from "@/server/reports/export-contact-information";
import { reportCsvRoute } from "@/server/reports/report-csv-route";
import { reportFilterOptions } from "@/server/reports/report-filter-options";

/** GET with the page's query parameters: every counterparty the page's filters select, with the sub-totals. */
export const GET = reportCsvRoute("contact-information", async (ctx, search, t, dialect) => {
  const { managerIds } = await reportFilterOptions(ctx);
  return exportContactInformation(ctx, dialect, parseContactReportFilters(search, managerIds), {
    headers: [
      t("analytics.manager"),
      t("reports.contacts.counterparty"),
      t("reports.contacts.kind"),
      t("reports.contacts.phone"),
      t("reports.contacts.email"),
      t("reports.contacts.address"),
      t("reports.contacts.persons"),
      t("reports.contacts.completeness"),
    ],
    kind: (kind) => t(`counterparties.kinds.${kind}`),
    unassigned: t("analytics.unassigned"),
    subtotal: (group) => t("reports.subtotalOf", { group }),
    total: t("analytics.total"),
  });
});
