import "server-only";
import { mappedValues, type ImportRowError, type ImportTarget } from "@/domain/import/import-target";
import type { FieldDefinition } from "@/domain/custom-fields/field-definition";
import { buildValuesSchema, type StoredValue } from "@/domain/custom-fields/values-schema";
import { readCsvRows } from "./read-csv";

export interface MappedRow<V> {
  row: number;
  value: V & { customFields: Record<string, StoredValue> };
}

type JobFile = { content: Uint8Array; encoding: string; delimiter: string; mapping: Record<string, string> };

/** Columns mapped to `cf.<key>` fill admin-designed fields, validated like the card form (as an admin would). */
function customValues(
  definitions: readonly FieldDefinition[],
  mapping: Record<string, string>,
  record: string[],
  row: number,
) {
  const mapped = Object.entries(mapping).filter(([, field]) => field.startsWith("cf."));
  if (mapped.length === 0) return { values: {}, errors: [] };
  const submitted = Object.fromEntries(mapped.map(([index, field]) => [field.slice(3), record[Number(index)] ?? ""]));
  const mappedKeys = new Set(Object.keys(submitted));
  // Only the mapped fields are checked: a required field the file does not carry is not this row's fault.
  const result = buildValuesSchema(
    definitions.filter((d) => mappedKeys.has(d.key)),
    "ADMIN",
  ).safeParse(submitted);
  if (result.success) return { values: result.data, errors: [] };
  return {
    values: {},
    errors: result.error.issues.map((i) => ({ row, field: `cf.${String(i.path[0] ?? "")}`, message: i.message })),
  };
}

/** Validates one record of the file under the mapping: the target's fields, then the custom fields. */
export function validateRecord<V>(
  target: ImportTarget<string, V>,
  job: JobFile,
  definitions: readonly FieldDefinition[],
  record: string[],
  line: number,
): { value: MappedRow<V>["value"] } | { errors: ImportRowError[] } {
  const result = target.validateRow(mappedValues(target, job.mapping, record), line);
  const custom = target.customFields
    ? customValues(definitions, job.mapping, record, line)
    : { values: {}, errors: [] };
  const errors = [...("errors" in result ? result.errors : []), ...custom.errors];
  return "value" in result && errors.length === 0
    ? { value: { ...result.value, customFields: custom.values } }
    : { errors };
}

/** Reads the job's file and validates every data row under the mapping (column index → field). */
export async function mapImportRows<V>(
  job: JobFile,
  target: ImportTarget<string, V>,
  definitions: readonly FieldDefinition[],
): Promise<{ valid: MappedRow<V>[]; errors: ImportRowError[] }> {
  const valid: MappedRow<V>[] = [];
  const errors: ImportRowError[] = [];
  let line = 0;
  for await (const record of readCsvRows(job.content, job.encoding, job.delimiter)) {
    line++;
    if (line === 1) continue;
    const result = validateRecord(target, job, definitions, record, line);
    if ("errors" in result) errors.push(...result.errors);
    else valid.push({ row: line, value: result.value });
  }
  return { valid, errors };
}
