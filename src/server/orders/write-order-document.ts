import "server-only";
import { db, type Tx } from "@/server/db";
import { createOnce } from "@/server/db/unique-violation";
import { ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { lockOrderForWrite, type LockedOrder } from "./order-access";

/** Shipments and payments go against a confirmed order only: not a draft, not a cancelled or completed one. */
function assertOrderAcceptsDocuments(order: LockedOrder, date: Date) {
  if (order.status === "DRAFT") throw new ValidationError({}, "errors.orderNotConfirmed");
  if (order.status !== "CONFIRMED") throw new ValidationError({}, "errors.orderClosed");
  if (date < order.date) throw new ValidationError({ date: "validation.notBeforeOrderDate" });
}

/**
 * The frame of every document written against an order (shipment, payment): once per idempotency key, in one
 * transaction that first locks the order, so documents of one order queue behind each other and see its latest
 * remains.
 */
export function writeOrderDocument<T>(
  ctx: TenantContext,
  input: { orderId: string; date: Date; idempotencyKey: string | null },
  findByKey: (where: { tenantId_idempotencyKey: { tenantId: string; idempotencyKey: string } }) => Promise<T | null>,
  write: (tx: Tx, order: LockedOrder) => Promise<T>,
): Promise<T> {
  const key = input.idempotencyKey;
  const findExisting = async () =>
    key ? findByKey({ tenantId_idempotencyKey: { tenantId: ctx.tenant.id, idempotencyKey: key } }) : null;
  return createOnce(findExisting, () =>
    db().$transaction(async (tx) => {
      const order = await lockOrderForWrite(tx, ctx, input.orderId);
      assertOrderAcceptsDocuments(order, input.date);
      return write(tx, order);
    }),
  );
}
