import "server-only";
import { IMPORT_FIELDS, validateImportRow, type ImportField, type ImportRowError } from "@/domain/import/counterparty-import-fields";
import type { FieldDefinition } from "@/domain/custom-fields/field-definition";
import { customValues } from "./map-import-rows";
import { readCsvRows } from "./read-csv";

export const PREVIEW_ROWS = 10;

/** The first rows as they are in the file, each with what is wrong with it under the current mapping. */
export async function previewImport(
  job: { content: Uint8Array; encoding: string; delimiter: string; mapping: Record<string, string> },
  definitions: readonly FieldDefinition[],
) {
  const rows: { line: number; cells: string[]; errors: ImportRowError[] }[] = [];
  let line = 0;
  for await (const record of readCsvRows(job.content, job.encoding, job.delimiter, { limit: PREVIEW_ROWS + 1 })) {
    line++;
    if (line === 1) continue;
    const values: Partial<Record<ImportField, string>> = {};
    for (const [index, field] of Object.entries(job.mapping)) {
      if ((IMPORT_FIELDS as readonly string[]).includes(field)) values[field as ImportField] = record[Number(index)];
    }
    const result = validateImportRow(values, line);
    const custom = customValues(definitions, job.mapping, record, line);
    rows.push({ line, cells: record, errors: [...("errors" in result ? result.errors : []), ...custom.errors] });
  }
  return rows;
}
