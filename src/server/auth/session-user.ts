import "server-only";
import type { Role } from "@/domain/auth/permissions";
import type { AppLocale } from "@/i18n/locales";
import { unsafeDb } from "@/server/db";

/** What the signed JWT carries: who, which generation of that user's sessions, and which browser's session. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  /** Set for a browser's session (always, from the cookie); absent for a context the worker builds for a user. */
  sessionId?: string;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  locale: AppLocale;
  active: boolean;
  sessionVersion: number;
}

/** A tenant as its members' requests need it: where it is, how it counts, and its feature settings. */
export interface MemberTenant {
  id: string;
  slug: string;
  name: string;
  locale: AppLocale;
  timeZone: string;
  currency: string;
  settings: unknown;
}

/** One of the user's active memberships: his role there and the tenant. */
export interface UserMembership {
  role: Role;
  tenant: MemberTenant;
}

/** The signed-in user and the companies he may enter, by name. */
export interface UserSession {
  user: SessionUser;
  memberships: UserMembership[];
}

/**
 * The user behind the claims with his active memberships, or null when the account is deactivated, its sessions
 * were revoked since, or this browser's session was signed out. One statement rather than three ORM queries, since
 * every page and every action needs both (docs/performance.md).
 */
export async function loadUserSession(claims: SessionClaims | null): Promise<UserSession | null> {
  if (!claims) return null;
  const [row] = await unsafeDb().$queryRaw<(SessionUser & { memberships: UserMembership[] })[]>`
    SELECT u."id", u."email", u."name", u."locale"::text AS "locale", u."active", u."sessionVersion",
           coalesce((
             SELECT json_agg(json_build_object('role', m."role", 'tenant', json_build_object(
                      'id', t."id", 'slug', t."slug", 'name', t."name", 'locale', t."locale", 'timeZone', t."timeZone",
                      'currency', t."currency", 'settings', t."settings")) ORDER BY t."name")
             FROM "Membership" m JOIN "Tenant" t ON t."id" = m."tenantId"
             WHERE m."userId" = u."id" AND m."active"), '[]') AS "memberships"
    FROM "User" u
    WHERE u."id" = ${claims.userId}
      AND (${claims.sessionId ?? null}::text IS NULL OR EXISTS (
            SELECT 1 FROM "AuthSession" s WHERE s."id" = ${claims.sessionId ?? null} AND s."userId" = u."id" AND s."revokedAt" IS NULL))`;
  if (!row || !row.active || row.sessionVersion !== claims.sessionVersion) return null;
  const { memberships, ...user } = row;
  return { user, memberships };
}
