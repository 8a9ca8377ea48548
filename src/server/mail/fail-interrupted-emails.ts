import "server-only";
import { unsafeDb } from "@/server/db";

/** A QUEUED message is normally sent within seconds of being stored; one this old was cut off by a restart. */
const INTERRUPTED_AFTER_MS = 10 * 60_000;

/**
 * Marks messages whose sending was interrupted (the process stopped between storing and sending) as FAILED, so
 * the outbox and the timeline say so. They are not retried: the server may have accepted one before the stop,
 * and a reminder sent twice is worse than one reported as failed.
 */
export async function failInterruptedEmails(now = new Date()): Promise<number> {
  return unsafeDb().$executeRaw`
    UPDATE "OutgoingEmail" SET "status" = 'FAILED', "error" = 'Interrupted before it was sent', "updatedAt" = now()
    WHERE "status" = 'QUEUED' AND "createdAt" < ${new Date(now.getTime() - INTERRUPTED_AFTER_MS)}`;
}
