import "server-only";
import { failInterruptedEmails } from "@/server/mail/fail-interrupted-emails";
import { sendBirthdayDigests } from "@/server/reminders/send-birthday-digests";
import { sendDueReminders } from "@/server/reminders/send-due-reminders";
import { runScheduledClassifications } from "@/server/classification/run-scheduled-classifications";
import { sendDirectorReports } from "@/server/kpi/send-director-reports";
import { deleteStaleLoginThrottles } from "@/server/auth/login-throttle";
import { deleteEndedSessions } from "@/server/auth/revoke-sessions";

/**
 * One minute's work: due interaction reminders, the morning birthday digests, the outbox's loose ends, and the
 * nightly (or after-import) classification runs, the directors' scheduled reports, and sign-in counters
 * and sessions that ended.
 */
export async function runMinuteSweeps(now = new Date()) {
  const reminders = await sendDueReminders(now);
  const digests = await sendBirthdayDigests(now);
  const interrupted = await failInterruptedEmails(now);
  const classifications = await runScheduledClassifications(now);
  const directorReports = await sendDirectorReports(now);
  const staleLoginThrottles = await deleteStaleLoginThrottles(now);
  const endedSessions = await deleteEndedSessions(now);
  return { reminders, digests, interrupted, classifications, directorReports, staleLoginThrottles, endedSessions };
}
