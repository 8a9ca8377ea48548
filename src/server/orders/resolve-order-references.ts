import "server-only";
import { canEditCounterparty } from "@/domain/auth/permissions";
import type { OrderInput } from "@/domain/orders/order-input";
import { canSeeCounterparty } from "@/domain/tenants/tenant-settings";
import type { Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { type TenantContext, viewerOf } from "@/server/tenant-context";

/**
 * Checks every id the order form names against this tenant (and this user's rights) and returns what the order
 * needs from them. A bad reference is a message next to its field, not a foreign-key failure.
 */
export async function resolveOrderReferences(
  tx: Tx,
  ctx: TenantContext,
  input: Omit<OrderInput, "lines"> & { lines?: OrderInput["lines"] },
  keptProductIds: ReadonlySet<string> = new Set(),
) {
  const lines = input.lines ?? [];
  const tenantId = ctx.tenant.id;
  const errors: Record<string, string> = {};
  const productIds = [...new Set(lines.map((l) => l.productId))];
  const [counterparty, contactPerson, manager, source, products] = await Promise.all([
    tx.counterparty.findUnique({
      where: { tenantId_id: { tenantId, id: input.counterpartyId } },
      select: { responsibleUserId: true, archived: true },
    }),
    input.contactPersonId
      ? tx.contactPerson.findUnique({
          where: { tenantId_id: { tenantId, id: input.contactPersonId } },
          select: { id: true },
        })
      : null,
    input.managerUserId
      ? tx.membership.findFirst({
          where: { tenantId, userId: input.managerUserId, active: true },
          select: { userId: true },
        })
      : null,
    input.sourceId
      ? tx.informationSource.findUnique({
          where: { tenantId_id: { tenantId, id: input.sourceId } },
          select: { id: true },
        })
      : null,
    tx.product.findMany({
      where: { tenantId, id: { in: productIds } },
      select: { id: true, active: true, costPrice: true },
    }),
  ]);

  const visible = counterparty && canSeeCounterparty(viewerOf(ctx), counterparty.responsibleUserId);
  if (!counterparty || !visible || counterparty.archived) errors.counterpartyId = "validation.choose";
  else if (!canEditCounterparty(ctx.role, ctx.user.id, counterparty.responsibleUserId))
    errors.counterpartyId = "validation.notYourCounterparty";
  if (input.contactPersonId && !contactPerson) errors.contactPersonId = "validation.choose";
  if (input.managerUserId && !manager) errors.managerUserId = "validation.choose";
  if (input.sourceId && !source) errors.sourceId = "validation.choose";

  const byId = new Map(products.map((p) => [p.id, p]));
  lines.forEach((line, index) => {
    const product = byId.get(line.productId);
    // An archived product stays on the lines that already carry it, but new lines cannot pick it.
    if (!product || (!product.active && !keptProductIds.has(product.id)))
      errors[`lines.${index}.productId`] = "validation.choose";
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);

  // A manager's orders are his own; directors and admins may hand an order to any active member.
  const managerUserId =
    ctx.role === "MANAGER" ? ctx.user.id : (input.managerUserId ?? counterparty!.responsibleUserId ?? ctx.user.id);
  const unitCostOf = (productId: string) => byId.get(productId)!.costPrice.toFixed(2);
  return { managerUserId, unitCostOf };
}
