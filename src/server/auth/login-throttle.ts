import "server-only";
import { unsafeDb } from "@/server/db";

// Per account: a handful of guesses; per address: more, since offices share one.
const POLICY = {
  email: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  ip: { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const;

type Kind = keyof typeof POLICY;

function keysOf(email: string, ip: string): [Kind, string][] {
  return [
    ["email", `email:${email}`],
    ["ip", `ip:${ip}`],
  ];
}

export async function isLoginLocked(email: string, ip: string, now = new Date()): Promise<boolean> {
  const rows = await unsafeDb().loginThrottle.findMany({ where: { key: { in: keysOf(email, ip).map(([, k]) => k) } } });
  return rows.some((r) => r.lockedUntil !== null && r.lockedUntil > now);
}

export async function recordLoginFailure(email: string, ip: string, now = new Date()): Promise<void> {
  for (const [kind, key] of keysOf(email, ip)) {
    const policy = POLICY[kind];
    const windowStart = new Date(now.getTime() - policy.windowMs);
    // One statement per key: concurrent failures must not lose counts.
    await unsafeDb().$executeRaw`
      INSERT INTO "LoginThrottle" ("key", "failures", "windowStartsAt", "updatedAt")
      VALUES (${key}, 1, ${now}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStartsAt" < ${windowStart} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStartsAt" = CASE WHEN "LoginThrottle"."windowStartsAt" < ${windowStart} THEN ${now} ELSE "LoginThrottle"."windowStartsAt" END,
        "updatedAt" = ${now}`;
    await unsafeDb().$executeRaw`
      UPDATE "LoginThrottle" SET "lockedUntil" = ${new Date(now.getTime() + policy.lockMs)}
      WHERE "key" = ${key} AND "failures" >= ${policy.maxFailures}`;
  }
}

export async function clearLoginFailures(email: string): Promise<void> {
  await unsafeDb().loginThrottle.deleteMany({ where: { key: `email:${email}` } });
}
