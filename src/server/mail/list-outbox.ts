import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

export async function listOutbox(ctx: TenantContext) {
  return db().outgoingEmail.findMany({
    where: { tenantId: ctx.tenant.id },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}
