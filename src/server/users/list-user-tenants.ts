import "server-only";
import { listUserMemberships } from "@/server/tenant-context";

/** The companies a user may enter (active memberships), for the tenant switcher. */
export async function listUserTenants(userId: string) {
  return toTenantChoices(await listUserMemberships(userId));
}

export function toTenantChoices(memberships: Awaited<ReturnType<typeof listUserMemberships>>) {
  return memberships.map((m) => ({ slug: m.tenant.slug, name: m.tenant.name, role: m.role }));
}
