import { parseContactReportFilters } from "@/domain/reports/report-filters";
import { exportContactInformation } from "@/server/reports/export-contact-information";
import { reportCsvResponse } from "@/server/reports/report-csv-response";
import { reportFilterOptions } from "@/server/reports/report-filter-options";

/** GET with the page's query parameters: every counterparty the page's filters select, with the sub-totals. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return reportCsvResponse(request, slug, "contact-information", async (ctx, search, t, dialect) => {
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
}
