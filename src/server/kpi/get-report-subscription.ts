import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

/** The current user's own subscription to the director's report, if any. */
export async function getReportSubscription(ctx: TenantContext) {
  return db().reportSubscription.findUnique({
    where: { tenantId_userId: { tenantId: ctx.tenant.id, userId: ctx.user.id } },
    select: { frequency: true, sentFor: true },
  });
}
