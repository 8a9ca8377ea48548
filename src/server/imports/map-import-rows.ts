import "server-only";
import { IMPORT_FIELDS, validateImportRow, type ImportField, type ImportedCounterparty, type ImportRowError } from "@/domain/import/counterparty-import-fields";
import { readCsvRows } from "./read-csv";

export interface MappedRow {
  row: number;
  value: ImportedCounterparty;
}

/** Reads the job's file and validates every data row under the mapping (column index → field). */
export async function mapImportRows(
  job: { content: Uint8Array; encoding: string; delimiter: string; mapping: Record<string, string> },
  options: { limit?: number } = {},
): Promise<{ valid: MappedRow[]; errors: ImportRowError[]; raw: Map<number, string[]> }> {
  const columns = Object.entries(job.mapping).filter((e): e is [string, ImportField] => (IMPORT_FIELDS as readonly string[]).includes(e[1]));
  const valid: MappedRow[] = [];
  const errors: ImportRowError[] = [];
  const raw = new Map<number, string[]>();
  let line = 0;
  for await (const record of readCsvRows(job.content, job.encoding, job.delimiter, { limit: options.limit ? options.limit + 1 : undefined })) {
    line++;
    if (line === 1) continue;
    const values: Partial<Record<ImportField, string>> = {};
    for (const [index, field] of columns) values[field] = record[Number(index)];
    const result = validateImportRow(values, line);
    if ("errors" in result) {
      errors.push(...result.errors);
      raw.set(line, record);
    } else valid.push({ row: line, value: result.value });
  }
  return { valid, errors, raw };
}
