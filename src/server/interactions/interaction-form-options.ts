import "server-only";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { orderFormOptions } from "@/server/orders/order-form-options";
import { visibleOrdersWhere } from "@/server/orders/order-access";

/**
 * What a new interaction's form starts from: the counterparty (and its people) from the card, or the order it is
 * about (its client, person and number) from the order page.
 */
export async function newInteractionOptions(
  ctx: TenantContext,
  context: { counterpartyId?: string; orderId?: string },
) {
  const order = context.orderId
    ? await db().order.findFirst({
        where: { ...visibleOrdersWhere(ctx), id: context.orderId },
        select: { id: true, number: true, counterpartyId: true, contactPersonId: true },
      })
    : null;
  if (context.orderId && !order) throw new NotFoundError();
  const options = await orderFormOptions(ctx, order?.counterpartyId ?? context.counterpartyId);
  return { ...options, order };
}
