import "server-only";
import type { z } from "zod";
import { readFeatureSettings } from "@/domain/tenants/tenant-settings";
import { paymentSchema } from "@/domain/orders/document-input";
import { db } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { nextDocumentNumber } from "@/server/orders/next-document-number";
import { writeOrderDocument } from "@/server/orders/write-order-document";
import { recordOrderProgress } from "@/server/orders/record-order-progress";

export const registerPaymentInput = paymentSchema;

/** A payment against a confirmed order; more than remains to pay is refused unless the tenant allows overpayment. */
export async function registerPayment(ctx: TenantContext, input: z.infer<typeof registerPaymentInput>) {
  const tenantId = ctx.tenant.id;
  return writeOrderDocument(
    ctx,
    input,
    (where) => db().payment.findUnique({ where, select: { id: true, number: true, orderId: true } }),
    async (tx, order) => {
      const remaining = order.totalAmount.minus(order.paidAmount);
      if (remaining.lt(input.amount) && !readFeatureSettings(ctx.tenant.settings).allowOverpayment) {
        throw new ValidationError({ amount: "validation.overpayment" }, "errors.validation", {
          remaining: remaining.toFixed(2),
        });
      }
      const number = await nextDocumentNumber(tx, tenantId, "PAYMENT");
      const payment = await tx.payment.create({
        data: {
          tenantId,
          number,
          date: input.date,
          orderId: order.id,
          counterpartyId: order.counterpartyId,
          managerUserId: order.managerUserId,
          amount: input.amount,
          method: input.method,
          comment: input.comment,
          idempotencyKey: input.idempotencyKey,
          createdByUserId: ctx.user.id,
        },
        select: { id: true, number: true, orderId: true },
      });
      const progress = await recordOrderProgress(tx, order, {
        lines: order.lines.map((l) => ({
          quantity: l.quantity.toFixed(3),
          shippedQuantity: l.shippedQuantity.toFixed(3),
        })),
        shippedAmount: order.shippedAmount.toFixed(2),
        paidAmount: order.paidAmount.plus(input.amount).toFixed(2),
      });
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: ctx.user.id,
        action: "payment.registered",
        entity: "Order",
        entityId: order.id,
        after: {
          payment: number,
          amount: input.amount,
          method: input.method,
          paymentState: progress.paymentState,
          ...(progress.completed && { status: "COMPLETED" }),
        },
      });
      return payment;
    },
  );
}
