import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";

function cell(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  const text =
    value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** Streams rows into a table with COPY … FROM STDIN (text format); returns how many were written. */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<unknown[]>,
): Promise<number> {
  let count = 0;
  const lines = (function* () {
    let chunk = "";
    for (const row of rows) {
      chunk += row.map(cell).join("\t") + "\n";
      count++;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  })();
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  await pipeline(Readable.from(lines), client.query(copyFrom(sql)));
  return count;
}
