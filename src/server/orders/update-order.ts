import "server-only";
import type { z } from "zod";
import { updateOrderSchema } from "@/domain/orders/order-input";
import { db } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { refreshCustomerFirsts } from "@/server/sales/refresh-customer-firsts";
import { buildOrderLines } from "./build-order-lines";
import { lockOrderForWrite } from "./order-access";
import { resolveOrderReferences } from "./resolve-order-references";

export const updateOrderInput = updateOrderSchema;

const AUDITED = [
  "date",
  "counterpartyId",
  "contactPersonId",
  "managerUserId",
  "expectedShipmentDate",
  "expectedPaymentDate",
  "sourceId",
  "comment",
  "totalAmount",
] as const;

/**
 * Saves an open order if nobody changed it since the form was opened. Lines can change only while nothing has
 * been shipped or paid; after that the documents already written depend on them.
 */
export async function updateOrder(ctx: TenantContext, input: z.infer<typeof updateOrderInput>) {
  const tenantId = ctx.tenant.id;
  const { id, version, lines: lineInput, ...header } = input;
  return db().$transaction(async (tx) => {
    const order = await lockOrderForWrite(tx, ctx, id);
    if (order.version !== version) throw new ConflictError();
    if (order.status === "COMPLETED" || order.status === "CANCELLED")
      throw new ValidationError({}, "errors.orderClosed");
    const hasDocuments = order.shipmentState !== "NOT_SHIPPED" || !order.paidAmount.isZero();
    if (hasDocuments && (lineInput || header.counterpartyId !== order.counterpartyId))
      throw new ValidationError({}, "errors.orderLinesLocked");

    const kept = new Set(order.lines.map((l) => l.productId));
    const { managerUserId, unitCostOf } = await resolveOrderReferences(tx, ctx, { ...header, lines: lineInput }, kept);
    // Unchanged products keep the cost captured when the order was written.
    const capturedCost = new Map(order.lines.map((l) => [l.productId, l.unitCost.toFixed(2)]));
    const built =
      lineInput && buildOrderLines(lineInput, (productId) => capturedCost.get(productId) ?? unitCostOf(productId));
    const data = {
      ...header,
      managerUserId: ctx.role === "MANAGER" ? order.managerUserId : managerUserId,
      ...(built && { totalAmount: built.totalAmount, totalCost: built.totalCost }),
      version: { increment: 1 },
    };
    const { count } = await tx.order.updateMany({ where: { tenantId, id, version }, data });
    if (count === 0) throw new ConflictError();
    if (data.managerUserId !== order.managerUserId) {
      // Sales and payments are credited to the order's manager: a new manager takes them over.
      await tx.shipment.updateMany({ where: { tenantId, orderId: id }, data: { managerUserId: data.managerUserId } });
      await tx.payment.updateMany({ where: { tenantId, orderId: id }, data: { managerUserId: data.managerUserId } });
    }
    if (header.sourceId !== order.sourceId) {
      await tx.shipment.updateMany({ where: { tenantId, orderId: id }, data: { sourceId: header.sourceId } });
    }
    if (
      order.status === "CONFIRMED" &&
      (header.counterpartyId !== order.counterpartyId || header.date.getTime() !== order.date.getTime())
    ) {
      // A deal moved to another day or customer can change whose first deal it is, and when. Locked in id order,
      // so two moves between the same customers cannot deadlock.
      for (const counterpartyId of [...new Set([order.counterpartyId, header.counterpartyId])].sort())
        await refreshCustomerFirsts(tx, tenantId, counterpartyId);
    }
    if (built) {
      await tx.orderLine.deleteMany({ where: { tenantId, orderId: id } });
      await tx.orderLine.createMany({ data: built.lines.map((line) => ({ ...line, tenantId, orderId: id })) });
    }
    const before = { ...order, totalAmount: order.totalAmount.toFixed(2) };
    const after = { ...order, ...data, totalAmount: built?.totalAmount ?? before.totalAmount };
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "order.updated",
      entity: "Order",
      entityId: id,
      before: Object.fromEntries(AUDITED.map((k) => [k, before[k]])),
      after: Object.fromEntries(AUDITED.map((k) => [k, after[k]])),
    });
    return { id, version: version + 1 };
  });
}
