import "server-only";
import { unsafeDb } from "@/server/db";
import { PASSWORD_MAX } from "@/domain/auth/credentials";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { clearLoginFailures, isLoginLocked, recordLoginFailure } from "./login-throttle";
import type { SessionClaims } from "./session";

/**
 * Checks an e-mail and password. An unknown e-mail, a wrong password, a deactivated or a locked account all give
 * the same answer (null) after the same work, so none of them can be told apart from outside.
 */
export async function authenticate(rawEmail: unknown, password: unknown, ip: string): Promise<SessionClaims | null> {
  if (typeof rawEmail !== "string" || typeof password !== "string" || password.length > PASSWORD_MAX) return null;
  const email = rawEmail.trim().toLowerCase();
  if (await isLoginLocked(email, ip)) {
    await verifyAgainstDummy(password);
    return null;
  }
  const user = await unsafeDb().user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !ok || !user.active) {
    await recordLoginFailure(email, ip);
    return null;
  }
  await clearLoginFailures(email);
  return { userId: user.id, sessionVersion: user.sessionVersion };
}
