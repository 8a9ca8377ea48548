import "server-only";
import iconv from "iconv-lite";
import { detectDelimiter, detectEncoding } from "@/domain/import/detect-format";
import { suggestMapping } from "@/domain/import/import-target";
import { IMPORT_TARGETS, type ImportTargetName } from "@/domain/import/import-targets";
import { db } from "@/server/db";
import { ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { assertCanImport } from "./load-import-job";
import { MAX_IMPORT_BYTES, assertImportLineCount, readCsvRows } from "./read-csv";

/**
 * Keeps an uploaded CSV for mapping and preview. The mapping starts from the tenant's last import of the same
 * columns into the same target, else from a guess by header names.
 */
export async function uploadImport(
  ctx: TenantContext,
  target: ImportTargetName,
  file: { name: string; bytes: Uint8Array },
) {
  assertCanImport(ctx, target);
  const tenantId = ctx.tenant.id;
  if (file.bytes.length > MAX_IMPORT_BYTES) throw new ValidationError({ file: "validation.importTooLarge" });
  if (file.bytes.length === 0) throw new ValidationError({ file: "validation.importEmpty" });
  assertImportLineCount(file.bytes);
  const encoding = detectEncoding(file.bytes);
  const firstLine = iconv.decode(Buffer.from(file.bytes.subarray(0, 8192)), encoding).split(/\r?\n/)[0] ?? "";
  const delimiter = detectDelimiter(firstLine);
  let headers: string[] = [];
  let rowCount = -1;
  for await (const row of readCsvRows(file.bytes, encoding, delimiter)) {
    if (rowCount === -1) headers = row;
    rowCount++;
  }
  if (rowCount <= 0) throw new ValidationError({ file: "validation.importEmpty" });

  const previous = await db().importJob.findFirst({
    where: { tenantId, target },
    orderBy: { createdAt: "desc" },
    select: { headers: true, mapping: true },
  });
  const mapping =
    previous && JSON.stringify(previous.headers) === JSON.stringify(headers)
      ? previous.mapping
      : suggestMapping(IMPORT_TARGETS[target], headers);
  const job = await db().importJob.create({
    data: {
      tenantId,
      target,
      fileName: file.name.slice(0, 200),
      content: Buffer.from(file.bytes),
      encoding,
      delimiter,
      headers,
      rowCount,
      mapping: mapping ?? {},
      duplicateMode: IMPORT_TARGETS[target].duplicateModes[0],
      createdByUserId: ctx.user.id,
    },
  });
  return { id: job.id };
}
