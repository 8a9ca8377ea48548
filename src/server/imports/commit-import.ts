import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { ImportedCounterparty } from "@/domain/import/counterparty-import-fields";
import type { ImportedContactPerson } from "@/domain/import/contact-person-import-fields";
import type { FieldDefinition } from "@/domain/custom-fields/field-definition";
import type { ImportRowError } from "@/domain/import/import-target";
import { IMPORT_TARGETS, type ImportTargetName } from "@/domain/import/import-targets";
import type { ProductInput } from "@/domain/products/product-input";
import { db, type Tx } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { listFieldDefinitions } from "@/server/custom-fields/list-field-definitions";
import { loadImportJob, type LoadedImportJob } from "./load-import-job";
import { mapImportRows, type MappedRow } from "./map-import-rows";
import { writeCounterpartyRows } from "./write-counterparty-rows";
import { writeProductRows } from "./write-product-rows";
import { writeContactPersonRows } from "./write-contact-person-rows";
import { withImportSlot } from "./import-slots";

export const commitImportInput = z.object({ id: z.string().min(1).max(64) });

const MAX_STORED_ERRORS = 10_000;

type WriteResult = { createdCount: number; updatedCount: number; skippedCount: number; errors?: ImportRowError[] };

/** Each kind of file writes its rows its own way; some rows can only be refused here (a company not found). */
function writeRows(
  tx: Tx,
  ctx: TenantContext,
  target: ImportTargetName,
  duplicateMode: string,
  valid: MappedRow<unknown>[],
): Promise<WriteResult> {
  switch (target) {
    case "products":
      return writeProductRows(tx, ctx, duplicateMode, valid as MappedRow<ProductInput>[]);
    case "contactPersons":
      return writeContactPersonRows(tx, ctx, duplicateMode, valid as MappedRow<ImportedContactPerson>[]);
    default:
      return writeCounterpartyRows(tx, ctx, duplicateMode, valid as MappedRow<ImportedCounterparty>[]);
  }
}

/**
 * Writes every valid row of the file in one transaction and keeps the per-row errors of the rest as a
 * downloadable report: nothing is half-imported. A second commit of the same file does nothing.
 */
/** An import of at least this many new counterparties asks for a classification run. */
const LARGE_IMPORT_ROWS = 1000;

export async function commitImport(ctx: TenantContext, input: z.infer<typeof commitImportInput>) {
  const tenantId = ctx.tenant.id;
  const job = await loadImportJob(ctx, input.id);
  if (job.status !== "UPLOADED") throw new ConflictError("errors.importAlreadyCommitted");
  const target = IMPORT_TARGETS[job.target];
  const mapped = new Set(Object.values(job.mapping));
  if (!target.requiredFields.every((f) => mapped.has(f)))
    throw new ValidationError({ mapping: "validation.importRequiredColumns" });
  const definitions = job.target === "counterparties" ? await listFieldDefinitions(ctx) : [];
  // One file of a tenant is read and written at a time: each holds its rows in memory until its transaction ends.
  return withImportSlot(tenantId, () => writeImport(ctx, job, definitions));
}

async function writeImport(ctx: TenantContext, job: LoadedImportJob, definitions: readonly FieldDefinition[]) {
  const tenantId = ctx.tenant.id;
  const { valid, errors } = await mapImportRows(job, IMPORT_TARGETS[job.target], definitions);

  const counts = await db().$transaction(
    async (tx) => {
      const claimed = await tx.importJob.updateMany({
        where: { tenantId, id: job.id, status: "UPLOADED" },
        data: { status: "COMMITTED" },
      });
      if (claimed.count === 0) throw new ConflictError("errors.importAlreadyCommitted");
      const { errors: writeErrors = [], ...result } = await writeRows(tx, ctx, job.target, job.duplicateMode, valid);
      errors.push(...writeErrors);
      errors.sort((a, b) => a.row - b.row);
      await tx.importJob.update({
        where: { tenantId_id: { tenantId, id: job.id } },
        data: { ...result, errors: errors.slice(0, MAX_STORED_ERRORS) as unknown as Prisma.InputJsonValue },
      });
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: ctx.user.id,
        action: "import.committed",
        entity: "ImportJob",
        entityId: job.id,
        after: {
          target: job.target,
          fileName: job.fileName,
          ...result,
          errorRows: new Set(errors.map((e) => e.row)).size,
        },
      });
      // SPEC §6.3: after a large import of clients the worker classifies the tenant again.
      if (job.target === "counterparties" && result.createdCount >= LARGE_IMPORT_ROWS) {
        await tx.tenant.update({ where: { id: tenantId }, data: { classificationRequestedAt: new Date() } });
      }
      return result;
    },
    { timeout: 180_000, maxWait: 10_000 },
  );
  return { ...counts, errorRows: new Set(errors.map((e) => e.row)).size };
}
