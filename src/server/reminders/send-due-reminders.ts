import "server-only";
import { isLocale } from "@/i18n/locales";
import { translate } from "@/i18n/translate";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { deliverEmail, storeEmail } from "@/server/mail/send-email";
import { systemMailRoute } from "@/server/mail/mail-transport";

interface DueReminder {
  tenantId: string;
  id: string;
  remindAt: Date | null;
  plannedAt: Date | null;
  subject: string;
  type: string;
  responsibleUserId: string;
  counterpartyName: string;
  reachable: boolean;
  email: string;
  locale: string;
  slug: string;
  timeZone: string;
}

/** Reminders handled per sweep; a backlog (after downtime) drains over the next minutes' sweeps. */
const BATCH = 200;

/**
 * SPEC §4.2: every planned interaction whose reminder time has come gets one in-app notification and one e-mail
 * to its responsible user. The claim (clearing `reminderDueAt`), the notification and the stored e-mail commit
 * together, so a crash or restart before the commit leaves the reminder due and one after it never repeats it;
 * concurrent workers skip each other's rows. Returns how many reminders it sent.
 */
export async function sendDueReminders(now = new Date()): Promise<number> {
  const route = systemMailRoute();
  const emails = await db().$transaction(async (tx) => {
    // Claimed and read in one statement, and released in one: no query per reminder but its own writes.
    const due = await tx.$queryRaw<DueReminder[]>`
      SELECT i."tenantId", i."id", i."remindAt", i."plannedAt", i."subject", i."type"::text AS type, i."responsibleUserId",
             c."name" AS "counterpartyName", m."active" AND u."active" AS "reachable", u."email", u."locale"::text AS locale,
             t."slug", t."timeZone"
      FROM "Interaction" i
      JOIN "Counterparty" c ON c."tenantId" = i."tenantId" AND c."id" = i."counterpartyId"
      JOIN "Membership" m ON m."tenantId" = i."tenantId" AND m."userId" = i."responsibleUserId"
      JOIN "User" u ON u."id" = i."responsibleUserId"
      JOIN "Tenant" t ON t."id" = i."tenantId"
      WHERE i."reminderDueAt" <= ${now} AND i."status" = 'PLANNED'
      ORDER BY i."reminderDueAt" LIMIT ${BATCH}
      FOR UPDATE OF i SKIP LOCKED`;
    if (due.length) {
      await tx.$executeRaw`
        UPDATE "Interaction" SET "reminderDueAt" = NULL
        WHERE ("tenantId", "id") IN (SELECT * FROM unnest(${due.map((d) => d.tenantId)}::text[], ${due.map((d) => d.id)}::text[]))`;
    }
    const queued: { tenantId: string; id: string }[] = [];
    for (const i of due) {
      const { tenantId, id } = i;
      if (!i.reachable) continue;
      const link = `/t/${i.slug}/interactions/${id}`;
      const params = {
        subject: i.subject,
        type: i.type,
        counterparty: i.counterpartyName,
        plannedAt: i.plannedAt?.toISOString() ?? null,
      };
      const { count } = await tx.notification.createMany({
        data: [
          {
            tenantId,
            userId: i.responsibleUserId,
            kind: "INTERACTION_REMINDER",
            dedupeKey: `reminder:${id}:${i.remindAt?.toISOString()}`,
            params,
            link,
          },
        ],
        skipDuplicates: true,
      });
      if (count === 0) continue;
      const locale = isLocale(i.locale) ? i.locale : "ru";
      const when = i.plannedAt
        ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: i.timeZone }).format(
            i.plannedAt,
          )
        : "";
      const values = {
        subject: i.subject,
        type: translate(locale, `interactions.types.${i.type}`),
        counterparty: i.counterpartyName,
        when,
      };
      const emailId = await storeEmail(
        tx,
        {
          tenantId,
          to: i.email,
          subject: translate(locale, "notifications.reminderEmailSubject", values),
          text: `${translate(locale, "notifications.reminderEmailText", values)}\n\n${new URL(link, env().NEXTAUTH_URL)}`,
        },
        route,
      );
      queued.push({ tenantId, id: emailId });
    }
    return queued;
  });
  for (const email of emails) await deliverEmail(email.tenantId, email.id, route);
  return emails.length;
}
