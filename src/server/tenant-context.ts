import "server-only";
import type { Role } from "@/domain/auth/permissions";
import { unsafeDb } from "./db";
import { NotFoundError, UnauthenticatedError } from "./errors";
import { loadSessionUser, type SessionClaims, type SessionUser } from "./auth/session-user";

export interface TenantContext {
  user: SessionUser;
  tenant: {
    id: string;
    slug: string;
    name: string;
    locale: "ru" | "en";
    timeZone: string;
    currency: string;
    settings: unknown;
  };
  role: Role;
}

/** A membership as the tenant context needs it: the role and the tenant's settings. */
const MEMBERSHIP_SELECT = {
  role: true,
  tenant: { select: { id: true, slug: true, name: true, locale: true, timeZone: true, currency: true, settings: true } },
} as const;

/** A user's active memberships with their tenants, by tenant name (a user has a handful). */
export async function listUserMemberships(userId: string) {
  return unsafeDb().membership.findMany({ where: { userId, active: true }, select: MEMBERSHIP_SELECT, orderBy: { tenant: { name: "asc" } } });
}

/** The context of the tenant named by the URL slug among the user's memberships; "not found" when he has none there. */
export function tenantContextIn(user: SessionUser, memberships: Awaited<ReturnType<typeof listUserMemberships>>, slug: string): TenantContext {
  const membership = memberships.find((m) => m.tenant.slug === slug);
  if (!membership) throw new NotFoundError();
  return { user, tenant: membership.tenant, role: membership.role };
}

/**
 * Reads the user and his memberships on every call, so that a deactivation, a revoked session or a lowered role
 * takes effect on the next request. A tenant the user does not belong to is "not found", never "forbidden", so
 * that tenant names are not revealed.
 */
export async function resolveTenantContext(claims: SessionClaims | null, slug: string): Promise<TenantContext> {
  const user = await loadSessionUser(claims);
  if (!user) throw new UnauthenticatedError();
  return tenantContextIn(user, await listUserMemberships(user.id), slug);
}
