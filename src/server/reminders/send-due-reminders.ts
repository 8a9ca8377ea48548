import "server-only";
import { isLocale } from "@/i18n/locales";
import { translate } from "@/i18n/translate";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { deliverEmail, storeEmail } from "@/server/email/send-email";
import { systemMailRoute } from "@/server/email/mail-transport";

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
    const due = await tx.$queryRaw<{ tenantId: string; id: string }[]>`
      SELECT "tenantId", "id" FROM "Interaction"
      WHERE "reminderDueAt" <= ${now} AND "status" = 'PLANNED'
      ORDER BY "reminderDueAt" LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    const queued: { tenantId: string; id: string }[] = [];
    for (const { tenantId, id } of due) {
      const i = await tx.interaction.findUniqueOrThrow({
        where: { tenantId_id: { tenantId, id } },
        select: {
          remindAt: true,
          plannedAt: true,
          subject: true,
          type: true,
          responsibleUserId: true,
          counterparty: { select: { name: true } },
          responsible: { select: { active: true, user: { select: { email: true, locale: true, active: true } } } },
          tenant: { select: { slug: true, timeZone: true } },
        },
      });
      await tx.interaction.update({ where: { tenantId_id: { tenantId, id } }, data: { reminderDueAt: null } });
      if (!i.responsible.active || !i.responsible.user.active) continue;
      const link = `/t/${i.tenant.slug}/interactions/${id}`;
      const params = { subject: i.subject, type: i.type, counterparty: i.counterparty.name, plannedAt: i.plannedAt?.toISOString() ?? null };
      const { count } = await tx.notification.createMany({
        data: [{ tenantId, userId: i.responsibleUserId, kind: "INTERACTION_REMINDER", dedupeKey: `reminder:${id}:${i.remindAt?.toISOString()}`, params, link }],
        skipDuplicates: true,
      });
      if (count === 0) continue;
      const locale = isLocale(i.responsible.user.locale) ? i.responsible.user.locale : "ru";
      const when = i.plannedAt ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: i.tenant.timeZone }).format(i.plannedAt) : "";
      const values = { subject: i.subject, type: translate(locale, `interactions.types.${i.type}`), counterparty: i.counterparty.name, when };
      const emailId = await storeEmail(
        tx,
        {
          tenantId,
          to: i.responsible.user.email,
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
