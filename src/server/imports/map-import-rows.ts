import "server-only";
import { IMPORT_FIELDS, validateImportRow, type ImportField, type ImportedCounterparty, type ImportRowError } from "@/domain/import/counterparty-import-fields";
import type { FieldDefinition } from "@/domain/custom-fields/field-definition";
import { buildValuesSchema, type StoredValue } from "@/domain/custom-fields/values-schema";
import { readCsvRows } from "./read-csv";

export interface MappedRow {
  row: number;
  value: ImportedCounterparty & { customFields: Record<string, StoredValue> };
}

/** Columns mapped to `cf.<key>` fill admin-designed fields, validated like the card form (as an admin would). */
export function customValues(definitions: readonly FieldDefinition[], mapping: Record<string, string>, record: string[], row: number) {
  const mapped = Object.entries(mapping).filter(([, field]) => field.startsWith("cf."));
  if (mapped.length === 0) return { values: {}, errors: [] };
  const submitted = Object.fromEntries(mapped.map(([index, field]) => [field.slice(3), record[Number(index)] ?? ""]));
  const mappedKeys = new Set(Object.keys(submitted));
  // Only the mapped fields are checked: a required field the file does not carry is not this row's fault.
  const result = buildValuesSchema(definitions.filter((d) => mappedKeys.has(d.key)), "ADMIN").safeParse(submitted);
  if (result.success) return { values: result.data, errors: [] };
  return { values: {}, errors: result.error.issues.map((i) => ({ row, field: `cf.${String(i.path[0] ?? "")}`, message: i.message })) };
}

/** Reads the job's file and validates every data row under the mapping (column index → field). */
export async function mapImportRows(
  job: { content: Uint8Array; encoding: string; delimiter: string; mapping: Record<string, string> },
  definitions: readonly FieldDefinition[],
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
    const custom = customValues(definitions, job.mapping, record, line);
    if ("errors" in result || custom.errors.length) {
      errors.push(...("errors" in result ? result.errors : []), ...custom.errors);
      raw.set(line, record);
    } else valid.push({ row: line, value: { ...result.value, customFields: custom.values } });
  }
  return { valid, errors, raw };
}
