import "server-only";
import type { ImportTargetName } from "@/domain/import/import-targets";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

export async function listImportJobs(ctx: TenantContext, target: ImportTargetName) {
  return db().importJob.findMany({
    where: { tenantId: ctx.tenant.id, target },
    orderBy: { createdAt: "desc" },
    select: { id: true, fileName: true, rowCount: true, status: true, createdAt: true },
    take: 20,
  });
}
