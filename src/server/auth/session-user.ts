import "server-only";
import { unsafeDb } from "@/server/db";

/** What the signed JWT carries: who, and which generation of that user's sessions. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

/** The user behind the claims, or null when the account is deactivated or its sessions were revoked since. */
export async function loadSessionUser(claims: SessionClaims | null) {
  if (!claims) return null;
  const user = await unsafeDb().user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, locale: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  return user;
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof loadSessionUser>>>;
