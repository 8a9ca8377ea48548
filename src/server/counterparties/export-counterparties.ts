import "server-only";
import type { CsvDialect } from "@/domain/csv/csv-dialect";
import type { ListQuery } from "@/domain/counterparties/list-query";
import { streamCsv } from "@/server/csv/stream-csv";
import type { TenantContext } from "@/server/tenant-context";
import { searchCounterparties } from "./search-counterparties";

/** The filtered counterparty list as CSV, all pages of it. */
export function exportCounterparties(
  ctx: TenantContext,
  dialect: CsvDialect,
  query: ListQuery,
  headers: string[],
  kindLabel: (kind: string) => string,
): ReadableStream<Uint8Array> {
  return streamCsv(dialect, headers, async (offset, limit) => {
    const { rows } = await searchCounterparties(ctx, query, { window: { limit, offset }, count: "none" });
    return rows.map((r) => [
      r.name,
      kindLabel(r.kind),
      r.taxId,
      r.phone,
      r.email,
      r.responsibleName,
      r.sourceName,
      r.createdAt.toISOString().slice(0, 10),
    ]);
  });
}
