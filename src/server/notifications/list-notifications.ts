import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

const SHOWN = 100;

/** The user's newest notifications in this tenant, unread first. */
export async function listNotifications(ctx: TenantContext) {
  return db().notification.findMany({
    where: { tenantId: ctx.tenant.id, userId: ctx.user.id },
    orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: SHOWN,
  });
}
