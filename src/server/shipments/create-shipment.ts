import "server-only";
import Decimal from "decimal.js";
import type { z } from "zod";
import { shippedLineAmount, sum, times } from "@/domain/orders/amounts";
import { shipmentSchema } from "@/domain/orders/document-input";
import { db } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { nextDocumentNumber } from "@/server/orders/next-document-number";
import { writeOrderDocument } from "@/server/orders/write-order-document";
import { recordOrderProgress } from "@/server/orders/record-order-progress";
import { refreshCustomerFirsts } from "@/server/sales/refresh-customer-firsts";

export const createShipmentInput = shipmentSchema;

/**
 * Ships part or all of what remains of a confirmed order. The order row is locked first, so two shipments of
 * one order cannot both take the same remainder; a quantity above what remains is refused at its line.
 */
export async function createShipment(ctx: TenantContext, input: z.infer<typeof createShipmentInput>) {
  const tenantId = ctx.tenant.id;
  return writeOrderDocument(
    ctx,
    input,
    (where) => db().shipment.findUnique({ where, select: { id: true, number: true, orderId: true } }),
    async (tx, order) => {
      const shipperUserId = ctx.role === "MANAGER" || !input.shipperUserId ? ctx.user.id : input.shipperUserId;
      const shipper = await tx.membership.findFirst({
        where: { tenantId, userId: shipperUserId, active: true },
        select: { userId: true },
      });
      if (!shipper) throw new ValidationError({ shipperUserId: "validation.choose" });

      const errors: Record<string, string> = {};
      const linesById = new Map(order.lines.map((l) => [l.id, l]));
      const shipped = new Map<string, { quantity: string; amount: string }>();
      input.lines.forEach((row, index) => {
        const line = linesById.get(row.orderLineId);
        if (!line || shipped.has(line.id)) return void (errors[`lines.${index}.orderLineId`] = "validation.invalid");
        if (new Decimal(row.quantity).isZero()) return;
        const remaining = line.quantity.minus(line.shippedQuantity);
        if (new Decimal(row.quantity).gt(remaining.toString()))
          return void (errors[`lines.${index}.quantity`] = "validation.overShipment");
        const asText = {
          quantity: line.quantity.toFixed(3),
          amount: line.amount.toFixed(2),
          shippedQuantity: line.shippedQuantity.toFixed(3),
          shippedAmount: line.shippedAmount.toFixed(2),
        };
        shipped.set(line.id, { quantity: row.quantity, amount: shippedLineAmount(asText, row.quantity) });
      });
      if (Object.keys(errors).length) throw new ValidationError(errors);
      if (shipped.size === 0) throw new ValidationError({}, "errors.nothingToShip");

      const lines = order.lines
        .filter((l) => shipped.has(l.id))
        .map((l) => {
          const { quantity, amount } = shipped.get(l.id)!;
          return {
            tenantId,
            orderLineId: l.id,
            productId: l.productId,
            quantity,
            amount,
            cost: times(quantity, l.unitCost.toFixed(2)),
          };
        });
      const amount = sum(lines.map((l) => l.amount));
      const number = await nextDocumentNumber(tx, tenantId, "SHIPMENT");
      const shipment = await tx.shipment.create({
        data: {
          tenantId,
          number,
          date: input.date,
          orderId: order.id,
          counterpartyId: order.counterpartyId,
          managerUserId: order.managerUserId,
          sourceId: order.sourceId,
          shipperUserId,
          amount,
          cost: sum(lines.map((l) => l.cost)),
          comment: input.comment,
          idempotencyKey: input.idempotencyKey,
          createdByUserId: ctx.user.id,
        },
        select: { id: true, number: true, orderId: true },
      });
      await tx.shipmentLine.createMany({ data: lines.map((l) => ({ ...l, shipmentId: shipment.id })) });
      await refreshCustomerFirsts(tx, tenantId, order.counterpartyId);
      const progressLines = [];
      for (const line of order.lines) {
        const now = shipped.get(line.id);
        const shippedQuantity = now ? line.shippedQuantity.plus(now.quantity) : line.shippedQuantity;
        if (now) {
          await tx.orderLine.update({
            where: { tenantId_id: { tenantId, id: line.id } },
            data: {
              shippedQuantity: shippedQuantity.toFixed(3),
              shippedAmount: line.shippedAmount.plus(now.amount).toFixed(2),
            },
          });
        }
        progressLines.push({ quantity: line.quantity.toFixed(3), shippedQuantity: shippedQuantity.toFixed(3) });
      }
      const progress = await recordOrderProgress(tx, order, {
        lines: progressLines,
        shippedAmount: order.shippedAmount.plus(amount).toFixed(2),
        paidAmount: order.paidAmount.toFixed(2),
      });
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: ctx.user.id,
        action: "shipment.created",
        entity: "Order",
        entityId: order.id,
        after: {
          shipment: number,
          amount,
          shipmentState: progress.shipmentState,
          ...(progress.completed && { status: "COMPLETED" }),
        },
      });
      return shipment;
    },
  );
}
