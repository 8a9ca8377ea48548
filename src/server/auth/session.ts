import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { sessionSecret } from "./session-secret";
import type { SessionClaims } from "./session-user";

// The session user lives apart from next-auth, so that the worker (outside Next) can resolve a tenant context.
export { loadUserSession, type SessionClaims } from "./session-user";

/**
 * The session's claims, decrypted from the session cookie once per request. next-auth's getServerSession also
 * encrypts a renewed token and, called without `req` and `res`, drops it: twice the crypto of every request for
 * nothing (ADR 0018). getToken keeps next-auth's cookie naming, chunking and expiry check.
 */
export const currentClaims = cache(async (): Promise<SessionClaims | null> => {
  // No headers: getToken would otherwise also accept an Authorization header.
  const req = { cookies: await cookies(), headers: new Headers() } as unknown as NextRequest;
  const token = await getToken({ req, secret: sessionSecret() });
  const claims = token?.claims;
  // A cookie from before sessions had ids cannot be signed out: it is no session.
  return claims?.sessionId
    ? { userId: claims.userId, sessionVersion: claims.sessionVersion, sessionId: claims.sessionId }
    : null;
});
