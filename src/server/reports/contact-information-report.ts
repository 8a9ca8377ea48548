import "server-only";
import { completenessPercent } from "@/domain/reports/completeness-percent";
import type { ContactReportFilters } from "@/domain/reports/report-filters";
import type { TenantContext } from "@/server/tenant-context";
import { completenessByManager } from "./completeness-by-manager";
import { completenessFields } from "./contact-completeness-sql";
import { contactReportRows } from "./contact-report-rows";

export const CONTACT_REPORT_PAGE_SIZE = 100;

/**
 * SPEC §7.4, contact information of counterparties: for the tenant's customers (not archived), the primary phone,
 * e-mail and address, the people working there and the completeness of it all (SPEC §7.1.1), grouped by the
 * responsible manager. The page's rows are one page; the groups and the total cover every matching counterparty.
 */
export async function contactInformationReport(ctx: TenantContext, filters: ContactReportFilters) {
  const tenantId = ctx.tenant.id;
  const fields = await completenessFields(tenantId);
  const [summary, rows] = await Promise.all([
    completenessByManager(ctx, filters, fields),
    contactReportRows(tenantId, filters, fields, {
      limit: CONTACT_REPORT_PAGE_SIZE,
      offset: (filters.page - 1) * CONTACT_REPORT_PAGE_SIZE,
    }),
  ]);
  const groups = summary.groups.map((g) => ({ ...g, completeness: completenessPercent(g.filled, g.possible) }));
  const sum = (pick: (g: (typeof groups)[number]) => number) => groups.reduce((n, g) => n + pick(g), 0);
  const total = {
    counterparties: sum((g) => g.counterparties),
    filled: sum((g) => g.filled),
    possible: sum((g) => g.possible),
    persons: sum((g) => g.persons),
  };
  return {
    fieldCount: fields.count,
    groups,
    total: { ...total, completeness: completenessPercent(total.filled, total.possible) },
    rows: rows.map((r) => ({ ...r, completeness: completenessPercent(r.filled, fields.count) })),
    pages: Math.max(1, Math.ceil(total.counterparties / CONTACT_REPORT_PAGE_SIZE)),
  };
}
