import "server-only";
import { unsafeDb } from "@/server/db";
import { MEMBERSHIP_SELECT } from "@/server/tenant-context";

/** A user's active memberships with their tenants, by tenant name. */
export async function listUserMemberships(userId: string) {
  return unsafeDb().membership.findMany({ where: { userId, active: true }, select: MEMBERSHIP_SELECT, orderBy: { tenant: { name: "asc" } } });
}

/** The companies a user may enter (active memberships), for the tenant switcher. */
export async function listUserTenants(userId: string) {
  return toTenantChoices(await listUserMemberships(userId));
}

export function toTenantChoices(memberships: Awaited<ReturnType<typeof listUserMemberships>>) {
  return memberships.map((m) => ({ slug: m.tenant.slug, name: m.tenant.name, role: m.role }));
}
