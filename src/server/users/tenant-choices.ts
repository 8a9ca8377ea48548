import type { UserMembership } from "@/server/auth/session-user";

/** The companies a user may enter (active memberships), for the tenant switcher and the company choice. */
export function toTenantChoices(memberships: UserMembership[]) {
  return memberships.map((m) => ({ slug: m.tenant.slug, name: m.tenant.name, role: m.role }));
}
