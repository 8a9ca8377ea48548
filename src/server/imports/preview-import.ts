import "server-only";
import type { ImportRowError } from "@/domain/import/import-target";
import { IMPORT_TARGETS } from "@/domain/import/import-targets";
import type { FieldDefinition } from "@/domain/custom-fields/field-definition";
import type { LoadedImportJob } from "./load-import-job";
import { validateRecord } from "./map-import-rows";
import { readCsvRows } from "./read-csv";

const PREVIEW_ROWS = 10;

/** The first rows as they are in the file, each with what is wrong with it under the current mapping. */
export async function previewImport(job: LoadedImportJob, definitions: readonly FieldDefinition[]) {
  const rows: { line: number; cells: string[]; errors: ImportRowError[] }[] = [];
  let line = 0;
  for await (const record of readCsvRows(job.content, job.encoding, job.delimiter, { limit: PREVIEW_ROWS + 1 })) {
    line++;
    if (line === 1) continue;
    const result = validateRecord(IMPORT_TARGETS[job.target], job, definitions, record, line);
    rows.push({ line, cells: record, errors: "errors" in result ? result.errors : [] });
  }
  return rows;
}
