import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import { feedUrl } from "./calendar-feed-token";

/** The user's current private feed URL, or null before he has asked for one. */
export async function calendarFeedOf(ctx: TenantContext): Promise<string | null> {
  const member = await db().membership.findUnique({
    where: { tenantId_userId: { tenantId: ctx.tenant.id, userId: ctx.user.id } },
    select: { calendarFeedVersion: true },
  });
  return member?.calendarFeedVersion ? feedUrl(ctx.tenant.id, ctx.user.id, member.calendarFeedVersion) : null;
}
