import "server-only";
import { z } from "zod";
import { todayIn } from "@/domain/dates/calendar-date";
import { lastCompletePeriod, REPORT_FREQUENCIES } from "@/domain/kpi/report-schedule";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

export const saveReportSubscriptionInput = z.object({
  frequency: z.union([z.literal(""), z.enum(REPORT_FREQUENCIES)], "validation.choose"),
});

/**
 * Subscribes the director to the dashboard by e-mail, or unsubscribes him (empty frequency). The period already
 * complete counts as sent: the first report is the next one, not a surprise for last week.
 */
export async function saveReportSubscription(ctx: TenantContext, input: z.infer<typeof saveReportSubscriptionInput>) {
  const where = { tenantId_userId: { tenantId: ctx.tenant.id, userId: ctx.user.id } };
  if (input.frequency === "") {
    await db().reportSubscription.deleteMany({ where: { tenantId: ctx.tenant.id, userId: ctx.user.id } });
    return { frequency: null };
  }
  const sentFor = lastCompletePeriod(input.frequency, todayIn(ctx.tenant.timeZone)).key;
  await db().reportSubscription.upsert({
    where,
    create: { tenantId: ctx.tenant.id, userId: ctx.user.id, frequency: input.frequency, sentFor },
    update: { frequency: input.frequency, sentFor },
  });
  return { frequency: input.frequency };
}
