import "server-only";
import { fullName } from "@/domain/contact-persons/contact-person-input";
import { fromLocaleColumn } from "@/i18n/locales";
import { translate } from "@/i18n/translate";
import { db, unsafeDb, type Tx } from "@/server/db";
import { env } from "@/server/env";
import { deliverEmail, storeEmail } from "@/server/mail/send-email";
import { systemMailRoute } from "@/server/mail/mail-transport";
import { birthdayDigestHour } from "@/domain/tenants/tenant-settings";

export interface BirthdayEntry {
  userId: string;
  contactPersonId: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthday: string;
  inDays: number;
  counterpartyId: string;
  counterpartyName: string;
}

/**
 * SPEC §4.2: the contact persons whose birthday is today, or within their own "remind N days before", grouped by
 * the manager responsible for the company they work at now. The rule is src/domain/contact-persons/birthdays.ts,
 * computed in SQL by crm_days_until_birthday.
 */
export async function dueBirthdays(tx: Tx, tenantId: string, today: string): Promise<BirthdayEntry[]> {
  return tx.$queryRaw<BirthdayEntry[]>`
    SELECT DISTINCT ON (c."responsibleUserId", p."id")
           c."responsibleUserId" AS "userId", p."id" AS "contactPersonId", p."lastName", p."firstName", p."middleName",
           to_char(p."birthday", 'YYYY-MM-DD') AS birthday, crm_days_until_birthday(p."birthday", ${today}::date) AS "inDays",
           c."id" AS "counterpartyId", c."name" AS "counterpartyName"
    FROM "ContactPerson" p
    JOIN "Employment" e ON e."tenantId" = p."tenantId" AND e."contactPersonId" = p."id" AND e."endedOn" IS NULL
    JOIN "Counterparty" c ON c."tenantId" = e."tenantId" AND c."id" = e."counterpartyId" AND NOT c."archived"
    JOIN "Membership" m ON m."tenantId" = c."tenantId" AND m."userId" = c."responsibleUserId" AND m."active"
    WHERE p."tenantId" = ${tenantId} AND p."birthday" IS NOT NULL
      AND crm_days_until_birthday(p."birthday", ${today}::date) <= coalesce(p."remindDaysBefore", 0)
    ORDER BY c."responsibleUserId", p."id", c."name"`;
}

/**
 * Every morning at the tenant's digest hour (its zone), each manager gets one notification and one e-mail listing
 * his due birthdays. A tenant's day is claimed with a conditional update in the same transaction as its
 * notifications, so the digest goes out once a day however many workers run or restart.
 */
export async function sendBirthdayDigests(now = new Date()): Promise<number> {
  const tenants = await unsafeDb().$queryRaw<
    { id: string; slug: string; timeZone: string; settings: unknown; today: string; hour: number }[]
  >`
    SELECT "id", "slug", "timeZone", "settings",
           to_char(${now}::timestamptz AT TIME ZONE "timeZone", 'YYYY-MM-DD') AS today,
           extract(hour FROM ${now}::timestamptz AT TIME ZONE "timeZone")::int AS hour
    FROM "Tenant"
    WHERE "birthdayDigestOn" IS NULL OR "birthdayDigestOn" < (${now}::timestamptz AT TIME ZONE "timeZone")::date`;
  const route = systemMailRoute();
  let sent = 0;
  for (const tenant of tenants.filter((t) => t.hour >= birthdayDigestHour(t.settings))) {
    const emails = await db().$transaction(async (tx) => {
      const claimed = await tx.$executeRaw`
        UPDATE "Tenant" SET "birthdayDigestOn" = ${tenant.today}::date
        WHERE "id" = ${tenant.id} AND ("birthdayDigestOn" IS NULL OR "birthdayDigestOn" < ${tenant.today}::date)`;
      if (claimed === 0) return [];
      const byUser = new Map<string, BirthdayEntry[]>();
      for (const b of await dueBirthdays(tx, tenant.id, tenant.today))
        byUser.set(b.userId, [...(byUser.get(b.userId) ?? []), b]);
      const queued: string[] = [];
      for (const [userId, people] of byUser) {
        const link = `/t/${tenant.slug}/notifications`;
        const params = {
          date: tenant.today,
          people: people.map((p) => ({
            id: p.contactPersonId,
            name: fullName(p),
            birthday: p.birthday,
            inDays: p.inDays,
            counterpartyId: p.counterpartyId,
            counterparty: p.counterpartyName,
          })),
        };
        const { count } = await tx.notification.createMany({
          data: [
            { tenantId: tenant.id, userId, kind: "BIRTHDAYS", dedupeKey: `birthdays:${tenant.today}`, params, link },
          ],
          skipDuplicates: true,
        });
        if (count === 0) continue;
        const user = await tx.user.findUniqueOrThrow({
          where: { id: userId },
          select: { email: true, locale: true, active: true },
        });
        if (!user.active) continue;
        const locale = fromLocaleColumn(user.locale);
        const lines = people.map((p) =>
          translate(locale, "notifications.birthdayLine", {
            name: fullName(p),
            counterparty: p.counterpartyName,
            inDays: p.inDays,
          }),
        );
        queued.push(
          await storeEmail(
            tx,
            {
              tenantId: tenant.id,
              to: user.email,
              subject: translate(locale, "notifications.birthdaysEmailSubject", { count: people.length }),
              text: `${lines.join("\n")}\n\n${new URL(link, env().NEXTAUTH_URL)}`,
            },
            route,
          ),
        );
      }
      return queued;
    });
    for (const id of emails) await deliverEmail(tenant.id, id, route);
    sent += emails.length;
  }
  return sent;
}
