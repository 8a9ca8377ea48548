import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

export async function listImportJobs(ctx: TenantContext) {
  return db().importJob.findMany({
    where: { tenantId: ctx.tenant.id, target: "counterparties" },
    orderBy: { createdAt: "desc" },
    select: { id: true, fileName: true, rowCount: true, status: true, createdAt: true },
    take: 20,
  });
}
