import "server-only";
import { THROTTLE_WINDOW_MS, accountSlowdownMs, pairWaitMs } from "@/domain/auth/login-throttle-policy";
import { unsafeDb } from "@/server/db";

// The throttle table is cross-tenant by nature (sign-in comes before a tenant): hence the unscoped client.
const pairKey = (email: string, address: string) => `pair:${email}|${address}`;
const accountKey = (email: string) => `email:${email}`;

/** Whether this account may be tried from this address now, and how much to slow the answer down. */
export async function loginThrottleState(email: string, address: string, now = new Date()) {
  const rows = await unsafeDb().loginThrottle.findMany({
    where: { key: { in: [pairKey(email, address), accountKey(email)] } },
  });
  const windowStart = now.getTime() - THROTTLE_WINDOW_MS;
  const live = (key: string) => rows.find((r) => r.key === key && r.windowStartsAt.getTime() >= windowStart);
  const pair = live(pairKey(email, address));
  return {
    waiting: !!pair?.lockedUntil && pair.lockedUntil > now,
    slowdownMs: accountSlowdownMs(live(accountKey(email))?.failures ?? 0),
  };
}

export async function recordLoginFailure(email: string, address: string, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  for (const key of [pairKey(email, address), accountKey(email)]) {
    // One statement per key: concurrent failures must not lose counts.
    const [row] = await unsafeDb().$queryRaw<{ failures: number }[]>`
      INSERT INTO "LoginThrottle" ("key", "failures", "windowStartsAt", "updatedAt")
      VALUES (${key}, 1, ${now}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStartsAt" < ${windowStart} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStartsAt" = CASE WHEN "LoginThrottle"."windowStartsAt" < ${windowStart} THEN ${now} ELSE "LoginThrottle"."windowStartsAt" END,
        "updatedAt" = ${now}
      RETURNING "failures"`;
    const wait = key.startsWith("pair:") ? pairWaitMs(row?.failures ?? 0) : 0;
    if (wait)
      await unsafeDb().loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + wait) } });
  }
}

/** A successful sign-in forgets this address's failures for the account; the account's own count runs out. */
export async function clearLoginFailures(email: string, address: string): Promise<void> {
  await unsafeDb().loginThrottle.deleteMany({ where: { key: pairKey(email, address) } });
}

/** Rows whose window ended long ago: nothing reads them again. */
export async function deleteStaleLoginThrottles(now = new Date()): Promise<number> {
  const { count } = await unsafeDb().loginThrottle.deleteMany({
    where: { updatedAt: { lt: new Date(now.getTime() - 2 * THROTTLE_WINDOW_MS) } },
  });
  return count;
}
