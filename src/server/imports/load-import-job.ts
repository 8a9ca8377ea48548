import "server-only";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";

export async function loadImportJob(ctx: TenantContext, id: string) {
  const job = await db().importJob.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  if (!job) throw new NotFoundError();
  return { ...job, headers: job.headers as string[], mapping: job.mapping as Record<string, string>, errors: job.errors as { row: number; field: string; message: string }[] };
}
