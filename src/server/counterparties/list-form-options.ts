import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

/** Managers and information sources for filters and selects. */
export async function listFormOptions(ctx: TenantContext) {
  const tenantId = ctx.tenant.id;
  const [members, sources] = await Promise.all([
    db().membership.findMany({
      where: { tenantId, active: true },
      select: { userId: true, user: { select: { name: true } } },
      orderBy: { user: { name: "asc" } },
      take: 500,
    }),
    db().informationSource.findMany({
      where: { tenantId, archived: false },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 500,
    }),
  ]);
  return { managers: members.map((m) => ({ id: m.userId, name: m.user.name })), sources };
}
