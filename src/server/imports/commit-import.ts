import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { ImportedCounterparty } from "@/domain/import/counterparty-import-fields";
import { IMPORT_TARGETS } from "@/domain/import/import-targets";
import type { ProductInput } from "@/domain/products/product-input";
import { db } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { listFieldDefinitions } from "@/server/custom-fields/list-field-definitions";
import { loadImportJob } from "./load-import-job";
import { mapImportRows, type MappedRow } from "./map-import-rows";
import { writeCounterpartyRows } from "./write-counterparty-rows";
import { writeProductRows } from "./write-product-rows";

export const commitImportInput = z.object({ id: z.string().min(1).max(64) });

const MAX_STORED_ERRORS = 10_000;

/**
 * Writes every valid row of the file in one transaction and keeps the per-row errors of the rest as a
 * downloadable report: nothing is half-imported. A second commit of the same file does nothing.
 */
export async function commitImport(ctx: TenantContext, input: z.infer<typeof commitImportInput>) {
  const tenantId = ctx.tenant.id;
  const job = await loadImportJob(ctx, input.id);
  if (job.status !== "UPLOADED") throw new ConflictError("errors.importAlreadyCommitted");
  const target = IMPORT_TARGETS[job.target];
  const mapped = new Set(Object.values(job.mapping));
  if (!target.requiredFields.every((f) => mapped.has(f))) throw new ValidationError({ mapping: "validation.importRequiredColumns" });
  const definitions = job.target === "counterparties" ? await listFieldDefinitions(ctx) : [];
  const { valid, errors } = await mapImportRows(job, target, definitions);

  const counts = await db().$transaction(
    async (tx) => {
      const claimed = await tx.importJob.updateMany({ where: { tenantId, id: job.id, status: "UPLOADED" }, data: { status: "COMMITTED" } });
      if (claimed.count === 0) throw new ConflictError("errors.importAlreadyCommitted");
      const result =
        job.target === "products"
          ? await writeProductRows(tx, ctx, job.duplicateMode, valid as MappedRow<ProductInput>[])
          : await writeCounterpartyRows(tx, ctx, job.duplicateMode, valid as MappedRow<ImportedCounterparty>[]);
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
        after: { target: job.target, fileName: job.fileName, ...result, errorRows: new Set(errors.map((e) => e.row)).size },
      });
      return result;
    },
    { timeout: 180_000, maxWait: 10_000 },
  );
  return { ...counts, errorRows: new Set(errors.map((e) => e.row)).size };
}
