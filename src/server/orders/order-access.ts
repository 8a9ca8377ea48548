import "server-only";
import { canEditCounterparty } from "@/domain/auth/permissions";
import { seesOnlyOwnCounterparties } from "@/domain/tenants/tenant-settings";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";

/** SPEC §1.3: managers see the orders of the counterparties they see; directors and admins all. */
export function visibleOrdersWhere(ctx: TenantContext): Prisma.OrderWhereInput {
  const where: Prisma.OrderWhereInput = { tenantId: ctx.tenant.id };
  if (seesOnlyOwnCounterparties(ctx.role, ctx.tenant.settings)) where.counterparty = { responsibleUserId: ctx.user.id };
  return where;
}

/** A manager writes the documents of his own counterparties; directors and admins of any. */
function assertCanWriteFor(ctx: TenantContext, responsibleUserId: string | null) {
  if (!canEditCounterparty(ctx.role, ctx.user.id, responsibleUserId)) throw new ForbiddenError();
}

/**
 * Locks the order row for the rest of the transaction (shipments and payments of one order queue behind each
 * other, so remains are never computed from a stale read) and returns it with its lines. Another tenant's order,
 * or one the user may not see, is not found.
 */
export async function lockOrderForWrite(tx: Tx, ctx: TenantContext, orderId: string) {
  const tenantId = ctx.tenant.id;
  await tx.$queryRaw`SELECT 1 FROM "Order" WHERE "tenantId" = ${tenantId} AND "id" = ${orderId} FOR UPDATE`;
  const order = await tx.order.findFirst({
    where: { ...visibleOrdersWhere(ctx), id: orderId },
    include: {
      lines: { orderBy: { position: "asc" } },
      counterparty: { select: { responsibleUserId: true, name: true } },
    },
  });
  if (!order) throw new NotFoundError();
  assertCanWriteFor(ctx, order.counterparty.responsibleUserId);
  return order;
}

export type LockedOrder = Awaited<ReturnType<typeof lockOrderForWrite>>;
