import "server-only";
import { stringify } from "csv-stringify";
import type { ListQuery } from "@/domain/counterparties/list-query";
import { safeCell } from "@/domain/csv/safe-cell";
import type { TenantContext } from "@/server/tenant-context";
import { searchCounterparties } from "./search-counterparties";

const BATCH = 2000;
/** An export is bounded like every list: enough for a whole large tenant, never unbounded. */
export const EXPORT_LIMIT = 200_000;

/**
 * The filtered list as CSV for Excel: UTF-8 with a BOM, ";" as separator (what Russian Excel expects), formula-safe
 * cells, streamed in batches so that a large tenant's export never sits in memory whole.
 */
export function exportCounterparties(ctx: TenantContext, query: ListQuery, headers: string[], kindLabel: (kind: string) => string): ReadableStream<Uint8Array> {
  const csv = stringify({ delimiter: ";", bom: true });
  void (async () => {
    try {
      csv.write(headers);
      for (let offset = 0; offset < EXPORT_LIMIT; offset += BATCH) {
        const { rows } = await searchCounterparties(ctx, query, { limit: BATCH, offset });
        for (const r of rows) {
          const row = [r.name, kindLabel(r.kind), r.taxId, r.phone, r.email, r.responsibleName, r.sourceName, r.createdAt.toISOString().slice(0, 10)];
          if (!csv.write(row.map(safeCell))) await new Promise((resolve) => csv.once("drain", resolve));
        }
        if (rows.length < BATCH) break;
      }
      csv.end();
    } catch (error) {
      csv.destroy(error as Error);
    }
  })();
  return new ReadableStream({
    start(controller) {
      csv.on("data", (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      csv.on("end", () => controller.close());
      csv.on("error", (error) => controller.error(error));
    },
  });
}
