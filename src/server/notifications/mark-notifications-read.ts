import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

export const markNotificationsReadInput = z.object({ id: z.string().trim().max(64).optional() });

/** Marks one notification, or all of the user's, as read. Another user's or tenant's id changes nothing. */
export async function markNotificationsRead(ctx: TenantContext, input: z.infer<typeof markNotificationsReadInput>) {
  const { count } = await db().notification.updateMany({
    where: { tenantId: ctx.tenant.id, userId: ctx.user.id, readAt: null, ...(input.id ? { id: input.id } : {}) },
    data: { readAt: new Date() },
  });
  return { count };
}
