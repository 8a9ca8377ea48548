import "server-only";
import { stringify } from "csv-stringify";
import { csvCell, type CsvDialect } from "@/domain/csv/csv-dialect";

const BATCH = 2000;
/** An export is bounded like every list: enough for a whole large tenant, never unbounded. */
const EXPORT_LIMIT = 200_000;

/**
 * A list as CSV for the user's spreadsheet: UTF-8 with a BOM, the separator and decimal notation of his language,
 * formula-safe cells, read and written in batches so that a large tenant's export never sits in memory whole.
 */
export function streamCsv(
  dialect: CsvDialect,
  headers: string[],
  readBatch: (offset: number, limit: number) => Promise<unknown[][]>,
): ReadableStream<Uint8Array> {
  const csv = stringify({ delimiter: dialect.delimiter, bom: true });
  void (async () => {
    try {
      csv.write(headers.map((cell) => csvCell(cell, dialect)));
      for (let offset = 0; offset < EXPORT_LIMIT; offset += BATCH) {
        const rows = await readBatch(offset, BATCH);
        for (const row of rows) {
          if (!csv.write(row.map((cell) => csvCell(cell, dialect))))
            await new Promise((resolve) => csv.once("drain", resolve));
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

export function csvResponse(body: ReadableStream<Uint8Array>, name: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
