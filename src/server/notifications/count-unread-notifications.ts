import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

export async function countUnreadNotifications(ctx: TenantContext): Promise<number> {
  return db().notification.count({ where: { tenantId: ctx.tenant.id, userId: ctx.user.id, readAt: null } });
}
