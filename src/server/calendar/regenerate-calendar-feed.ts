import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { feedUrl } from "./calendar-feed-token";

export const regenerateCalendarFeedInput = z.object({});

/** Issues the user a new private feed URL, revoking the one before (SPEC §8.4). */
export async function regenerateCalendarFeed(ctx: TenantContext) {
  const tenantId = ctx.tenant.id;
  return db().$transaction(async (tx) => {
    const member = await tx.membership.update({
      where: { tenantId_userId: { tenantId, userId: ctx.user.id } },
      data: { calendarFeedVersion: { increment: 1 } },
      select: { id: true, calendarFeedVersion: true },
    });
    // A member's first URL: increment leaves a null version null.
    const version = member.calendarFeedVersion ?? 1;
    if (member.calendarFeedVersion === null) await tx.membership.update({ where: { tenantId_id: { tenantId, id: member.id } }, data: { calendarFeedVersion: version } });
    await recordAuditEvent(tx, { tenantId, actorUserId: ctx.user.id, action: "calendar.feed_issued", entity: "Membership", entityId: member.id, after: { version } });
    return { url: feedUrl(tenantId, ctx.user.id, version) };
  });
}
