import "server-only";
import type { CsvDialect } from "@/domain/csv/csv-dialect";
import { completenessPercent } from "@/domain/reports/completeness-percent";
import { groupedCsvRows } from "@/domain/reports/grouped-csv-rows";
import type { ContactReportFilters } from "@/domain/reports/report-filters";
import { streamCsv } from "@/server/csv/stream-csv";
import type { TenantContext } from "@/server/tenant-context";
import { completenessByManager, type ManagerCompleteness } from "./completeness-by-manager";
import { completenessFields } from "./contact-completeness-sql";
import { contactReportRows, contactRowKey, type ContactReportRow, type ContactRowKey } from "./contact-report-rows";

export interface ContactCsvLabels {
  headers: string[];
  kind: (kind: ContactReportRow["kind"]) => string;
  unassigned: string;
  subtotal: (group: string) => string;
  total: string;
}

/**
 * The contact-information report as CSV, laid out like the page — every counterparty, each manager's sub-total
 * after his counterparties, the grand total last — in keyset batches, so a large tenant is never held in memory
 * nor re-scored from the start for each batch.
 */
export function exportContactInformation(
  ctx: TenantContext,
  dialect: CsvDialect,
  filters: Omit<ContactReportFilters, "page">,
  labels: ContactCsvLabels,
) {
  const tenantId = ctx.tenant.id;
  let after: ContactRowKey | undefined;
  let prepared:
    Promise<{ fields: Awaited<ReturnType<typeof completenessFields>>; groups: ManagerCompleteness[] }> | undefined;
  let layout: ((batch: ContactReportRow[], isLast: boolean) => unknown[][]) | undefined;
  const summary = (counterparties: number, filled: number, possible: number, persons: number) => [
    counterparties,
    "",
    "",
    "",
    "",
    persons,
    completenessPercent(filled, possible),
  ];

  return streamCsv(dialect, labels.headers, async (_offset, limit) => {
    prepared ??= completenessFields(tenantId).then((fields) => completenessByManager(ctx, filters, fields));
    const { fields, groups } = await prepared;
    layout ??= groupedCsvRows<ContactReportRow>({
      groupOf: (row) => row.managerUserId ?? "",
      detail: (row) => [
        row.managerName ?? labels.unassigned,
        row.name,
        labels.kind(row.kind),
        row.phone,
        row.email,
        row.address,
        row.persons,
        completenessPercent(row.filled, fields.count),
      ],
      subtotal: (last) => {
        const g = groups.find((group) => group.managerUserId === last.managerUserId);
        return [
          labels.subtotal(last.managerName ?? labels.unassigned),
          ...summary(g?.counterparties ?? 0, g?.filled ?? 0, g?.possible ?? 0, g?.persons ?? 0),
        ];
      },
      total: () => {
        const sum = (pick: (g: ManagerCompleteness) => number) => groups.reduce((n, g) => n + pick(g), 0);
        return [
          labels.total,
          ...summary(
            sum((g) => g.counterparties),
            sum((g) => g.filled),
            sum((g) => g.possible),
            sum((g) => g.persons),
          ),
        ];
      },
    });
    const rows = await contactReportRows(tenantId, filters, fields, { limit, after });
    const last = rows.at(-1);
    if (last) after = contactRowKey(last);
    return layout(rows, rows.length < limit);
  });
}
