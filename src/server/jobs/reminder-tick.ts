import "server-only";
import { failInterruptedEmails } from "@/server/email/fail-interrupted-emails";
import { sendBirthdayDigests } from "@/server/reminders/send-birthday-digests";
import { sendDueReminders } from "@/server/reminders/send-due-reminders";

/** One minute's work: due interaction reminders, the morning birthday digests, and the outbox's loose ends. */
export async function reminderTick(now = new Date()) {
  const reminders = await sendDueReminders(now);
  const digests = await sendBirthdayDigests(now);
  const interrupted = await failInterruptedEmails(now);
  return { reminders, digests, interrupted };
}
