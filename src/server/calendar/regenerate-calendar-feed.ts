import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { feedUrl } from "./calendar-feed-token";

export const regenerateCalendarFeedInput = z.object({});

/** Issues the user a new private feed URL, revoking the one before (SPEC §8.4). */
export async function regenerateCalendarFeed(ctx: TenantContext) {
  const tenantId = ctx.tenant.id;
  return db().$transaction(async (tx) => {
    const [member] = await tx.$queryRaw<{ id: string; version: number }[]>`
      UPDATE "Membership" SET "calendarFeedVersion" = coalesce("calendarFeedVersion", 0) + 1
      WHERE "tenantId" = ${tenantId} AND "userId" = ${ctx.user.id}
      RETURNING "id", "calendarFeedVersion" AS version`;
    if (!member) throw new NotFoundError();
    const { version } = member;
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "calendar.feed_issued",
      entity: "Membership",
      entityId: member.id,
      after: { version },
    });
    return { url: feedUrl(tenantId, ctx.user.id, version) };
  });
}
