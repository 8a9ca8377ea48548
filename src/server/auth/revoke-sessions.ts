import "server-only";
import { unsafeDb } from "@/server/db";

// Sessions belong to users, not tenants: hence the unscoped client.

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
