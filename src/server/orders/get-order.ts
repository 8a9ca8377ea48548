import "server-only";
import { canEditCounterparty } from "@/domain/auth/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { visibleOrdersWhere } from "./order-access";

/**
 * The order analysis (SPEC §5.4): the order with per-line ordered, shipped and remaining quantities, totals
 * against payments, and its documents. Another tenant's order, or one the user may not see, is not found.
 */
export async function getOrder(ctx: TenantContext, id: string) {
  const order = await db().order.findFirst({
    where: { ...visibleOrdersWhere(ctx), id },
    include: {
      counterparty: { select: { id: true, name: true, responsibleUserId: true } },
      contactPerson: { select: { id: true, lastName: true, firstName: true, middleName: true } },
      manager: { select: { user: { select: { name: true } } } },
      source: { select: { name: true } },
      failureReason: { select: { name: true } },
      lines: { orderBy: { position: "asc" }, include: { product: { select: { sku: true, name: true, unit: true } } } },
      shipments: {
        orderBy: [{ date: "asc" }, { number: "asc" }],
        take: 500,
        include: { shipper: { select: { user: { select: { name: true } } } }, lines: true },
      },
      payments: { orderBy: [{ date: "asc" }, { number: "asc" }], take: 500 },
    },
  });
  if (!order) throw new NotFoundError();
  return { order, canWrite: canEditCounterparty(ctx.role, ctx.user.id, order.counterparty.responsibleUserId) };
}
