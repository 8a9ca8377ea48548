import "server-only";
import type { Role } from "@/domain/auth/permissions";
import { NotFoundError, UnauthenticatedError } from "./errors";
import {
  loadUserSession,
  type MemberTenant,
  type SessionClaims,
  type SessionUser,
  type UserSession,
} from "./auth/session-user";

export interface TenantContext {
  user: SessionUser;
  tenant: MemberTenant;
  role: Role;
}

/** The context of the tenant named by the URL slug among the user's memberships; "not found" when he has none there. */
export function tenantContextIn({ user, memberships }: UserSession, slug: string): TenantContext {
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
  const session = await loadUserSession(claims);
  if (!session) throw new UnauthenticatedError();
  return tenantContextIn(session, slug);
}

/** Who is looking, as the visibility rules (`canSeeCounterparty`) ask it. */
export function viewerOf(ctx: TenantContext) {
  return { role: ctx.role, userId: ctx.user.id, settings: ctx.tenant.settings };
}
