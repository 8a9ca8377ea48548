import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";
import type { SessionClaims } from "./session-user";

// The session user lives apart from next-auth, so that the worker (outside Next) can resolve a tenant context.
export { loadSessionUser, type SessionClaims, type SessionUser } from "./session-user";

/** The session's claims (decrypted once per request when rendering). */
export const currentClaims = cache(async (): Promise<SessionClaims | null> => {
  const session = await getServerSession(authOptions);
  const claims = session?.claims;
  return claims ? { userId: claims.userId, sessionVersion: claims.sessionVersion } : null;
});
