import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

export async function tenantOverview(ctx: TenantContext) {
  const tenantId = ctx.tenant.id;
  const [counterparties, members] = await Promise.all([
    db().counterparty.count({ where: { tenantId, archived: false } }),
    db().membership.count({ where: { tenantId, active: true } }),
  ]);
  return { counterparties, members };
}
