import "server-only";
import { can } from "@/domain/auth/permissions";
import { IMPORT_PERMISSION, importTargetOf, type ImportTargetName } from "@/domain/import/import-targets";
import { db } from "@/server/db";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";

export function assertCanImport(ctx: TenantContext, target: ImportTargetName) {
  if (!can(ctx.role, IMPORT_PERMISSION[target])) throw new ForbiddenError();
}

/** An import job of this tenant that the user may run (the permission depends on what the file imports). */
export async function loadImportJob(ctx: TenantContext, id: string) {
  const job = await db().importJob.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  if (!job) throw new NotFoundError();
  const target = importTargetOf(job.target);
  assertCanImport(ctx, target);
  return {
    ...job,
    target,
    headers: job.headers as string[],
    mapping: job.mapping as Record<string, string>,
    errors: job.errors as { row: number; field: string; message: string }[],
  };
}

export type LoadedImportJob = Awaited<ReturnType<typeof loadImportJob>>;
