import "server-only";
import { unsafeDb } from "@/server/db";

/** The companies a user may enter (active memberships), for the tenant switcher. */
export async function listUserTenants(userId: string) {
  const memberships = await unsafeDb().membership.findMany({
    where: { userId, active: true },
    select: { role: true, tenant: { select: { slug: true, name: true } } },
    orderBy: { tenant: { name: "asc" } },
  });
  return memberships.map((m) => ({ slug: m.tenant.slug, name: m.tenant.name, role: m.role }));
}
