import "server-only";
import { readFeatureSettings } from "@/domain/tenants/tenant-settings";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

export const COUNTERPARTY_PAGE_SIZE = 50;

/** Managers see every counterparty unless the tenant restricts them to their own (managerVisibility = OWN). */
export async function listCounterparties(ctx: TenantContext, page: number) {
  const tenantId = ctx.tenant.id;
  const ownOnly = ctx.role === "MANAGER" && readFeatureSettings(ctx.tenant.settings).managerVisibility === "OWN";
  const where = { tenantId, archived: false, ...(ownOnly ? { responsibleUserId: ctx.user.id } : {}) };
  const [rows, total] = await Promise.all([
    db().counterparty.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * COUNTERPARTY_PAGE_SIZE,
      take: COUNTERPARTY_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        name: true,
        createdAt: true,
        responsible: { select: { user: { select: { name: true } } } },
      },
    }),
    db().counterparty.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / COUNTERPARTY_PAGE_SIZE)) };
}
