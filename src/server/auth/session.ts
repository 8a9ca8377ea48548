import "server-only";
import { getServerSession } from "next-auth";
import { unsafeDb } from "@/server/db";
import { authOptions } from "./auth-options";

/** What the signed JWT carries: who, and which generation of that user's sessions. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

export async function currentClaims(): Promise<SessionClaims | null> {
  const session = await getServerSession(authOptions);
  const claims = session?.claims;
  return claims ? { userId: claims.userId, sessionVersion: claims.sessionVersion } : null;
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
