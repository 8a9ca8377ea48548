import "server-only";
import { unsafeDb } from "@/server/db";

// Sessions belong to users, not tenants: hence the unscoped client.

/** How long a session cookie lives (next-auth's maxAge): a session older than that opens nothing anyway. */
export const SESSION_LIFETIME_S = 30 * 24 * 60 * 60;

/** Signs one browser out: its cookie opens nothing from now on. */
export async function revokeSession(sessionId: string): Promise<void> {
  await unsafeDb().authSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/** Signs the user out everywhere: every session he has, and every token of an older generation. */
export async function revokeAllSessions(userId: string): Promise<void> {
  await unsafeDb().$transaction([
    unsafeDb().authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
    unsafeDb().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
  ]);
}

/** Sessions signed out, or past the cookie's lifetime, for the minute sweep: nothing reads them again. */
export async function deleteEndedSessions(now = new Date()): Promise<number> {
  const { count } = await unsafeDb().authSession.deleteMany({
    where: {
      OR: [
        { revokedAt: { lt: new Date(now.getTime() - 24 * 3600_000) } },
        { createdAt: { lt: new Date(now.getTime() - SESSION_LIFETIME_S * 1000) } },
      ],
    },
  });
  return count;
}
