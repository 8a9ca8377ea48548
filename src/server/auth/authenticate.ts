import "server-only";
import { unsafeDb } from "@/server/db";
import { PASSWORD_MAX } from "@/domain/auth/credentials";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { clearLoginFailures, loginThrottleState, recordLoginFailure } from "./login-throttle";
import type { SessionClaims } from "./session";

/**
 * Checks an e-mail and password. An unknown e-mail, a wrong password, a deactivated account and an address that must
 * wait all give the same answer (null) after the same work, so none of them can be told apart from outside. An
 * account under attack is answered more slowly, never refused (src/domain/auth/login-throttle-policy.ts).
 */
export async function authenticate(rawEmail: unknown, password: unknown, ip: string): Promise<SessionClaims | null> {
  if (typeof rawEmail !== "string" || typeof password !== "string" || password.length > PASSWORD_MAX) return null;
  const email = rawEmail.trim().toLowerCase();
  const { waiting, slowdownMs } = await loginThrottleState(email, ip);
  if (slowdownMs) await new Promise((resolve) => setTimeout(resolve, slowdownMs));
  if (waiting) {
    await verifyAgainstDummy(password);
    return null;
  }
  const user = await unsafeDb().user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !ok || !user.active) {
    await recordLoginFailure(email, ip);
    return null;
  }
  await clearLoginFailures(email, ip);
  const session = await unsafeDb().authSession.create({ data: { userId: user.id }, select: { id: true } });
  return { userId: user.id, sessionVersion: user.sessionVersion, sessionId: session.id };
}
