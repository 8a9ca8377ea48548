import "server-only";
import { can } from "@/domain/auth/permissions";
import { lastCompletePeriod } from "@/domain/kpi/report-schedule";
import { birthdayDigestHour } from "@/domain/tenants/tenant-settings";
import { isLocale } from "@/i18n/locales";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { deliverEmail, storeEmail } from "@/server/mail/send-email";
import { systemMailRoute } from "@/server/mail/mail-transport";
import { NotFoundError } from "@/server/errors";
import { logError } from "@/server/log";
import { resolveTenantContext } from "@/server/tenant-context";
import { directorReportEmail } from "./director-report-email";
import { ratingDashboard } from "./rating-dashboard";

/**
 * SPEC §7.2: each subscribed director gets the dashboard of the last complete week or month by e-mail, at the
 * tenant's digest hour on the first day it is complete. The period is claimed with a conditional update in the
 * transaction that stores the e-mail, so it goes out once however many workers run; a director who lost the right
 * to see the rating gets nothing.
 */
export async function sendDirectorReports(now = new Date()): Promise<number> {
  const subscriptions = await db().$queryRaw<
    {
      tenantId: string;
      slug: string;
      settings: unknown;
      userId: string;
      sessionVersion: number;
      frequency: "WEEKLY" | "MONTHLY";
      sentFor: string | null;
      today: string;
      hour: number;
    }[]
  >`
    SELECT s."tenantId", t."slug", t."settings", s."userId", u."sessionVersion", s."frequency"::text AS frequency, s."sentFor",
           to_char(${now}::timestamptz AT TIME ZONE t."timeZone", 'YYYY-MM-DD') AS today,
           extract(hour FROM ${now}::timestamptz AT TIME ZONE t."timeZone")::int AS hour
    FROM "ReportSubscription" s
    JOIN "Tenant" t ON t."id" = s."tenantId"
    JOIN "User" u ON u."id" = s."userId" AND u."active"`;
  const route = systemMailRoute();
  let sent = 0;
  for (const s of subscriptions) {
    const { key, period } = lastCompletePeriod(s.frequency, s.today);
    if (key === s.sentFor || s.hour < birthdayDigestHour(s.settings)) continue;
    try {
      const ctx = await resolveTenantContext({ userId: s.userId, sessionVersion: s.sessionVersion }, s.slug).catch(
        (error) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        },
      );
      if (!ctx || !can(ctx.role, "kpi.readAll")) continue;
      const locale = isLocale(ctx.user.locale) ? ctx.user.locale : ctx.tenant.locale;
      const link = new URL(
        `/t/${s.slug}/analytics/rating?from=${period.from}&to=${period.to}`,
        env().NEXTAUTH_URL,
      ).toString();
      const message = directorReportEmail(await ratingDashboard(ctx, period), {
        locale,
        currency: ctx.tenant.currency,
        key,
        period,
        link,
      });
      const id = await db().$transaction(async (tx) => {
        const claimed = await tx.reportSubscription.updateMany({
          where: { tenantId: s.tenantId, userId: s.userId, OR: [{ sentFor: null }, { sentFor: { not: key } }] },
          data: { sentFor: key },
        });
        return claimed.count === 0
          ? null
          : storeEmail(tx, { tenantId: s.tenantId, to: ctx.user.email, ...message }, route);
      });
      if (id) {
        await deliverEmail(s.tenantId, id, route);
        sent++;
      }
    } catch (error) {
      logError(error, { operation: "sendDirectorReports", tenant: s.tenantId, user: s.userId });
    }
  }
  return sent;
}
