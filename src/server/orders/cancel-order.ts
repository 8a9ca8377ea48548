import "server-only";
import { z } from "zod";
import { optionalText, recordId } from "@/domain/forms/form-fields";
import { db } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { refreshCustomerFirsts } from "@/server/sales/refresh-customer-firsts";
import { lockOrderForWrite } from "./order-access";

export const cancelOrderInput = z.object({
  id: recordId,
  version: z.coerce.number().int().min(1),
  failureReasonId: recordId,
  comment: optionalText(5000),
});

/**
 * The deal is lost (SPEC §5.2): the order is cancelled with a reason from the tenant's list. An order that has
 * shipments or payments cannot be cancelled; those documents would be left without their order.
 */
export async function cancelOrder(ctx: TenantContext, input: z.infer<typeof cancelOrderInput>) {
  const tenantId = ctx.tenant.id;
  return db().$transaction(async (tx) => {
    const order = await lockOrderForWrite(tx, ctx, input.id);
    if (order.version !== input.version) throw new ConflictError();
    if (order.status === "COMPLETED" || order.status === "CANCELLED")
      throw new ValidationError({}, "errors.orderClosed");
    if (order.shipmentState !== "NOT_SHIPPED" || !order.paidAmount.isZero())
      throw new ValidationError({}, "errors.orderHasDocuments");
    const reason = await tx.failureReason.findUnique({
      where: { tenantId_id: { tenantId, id: input.failureReasonId } },
    });
    if (!reason || reason.archived) throw new ValidationError({ failureReasonId: "validation.choose" });
    const comment = input.comment ? [order.comment, input.comment].filter(Boolean).join("\n") : order.comment;
    await tx.order.update({
      where: { tenantId_id: { tenantId, id: order.id } },
      data: { status: "CANCELLED", settled: true, failureReasonId: reason.id, comment, version: { increment: 1 } },
    });
    if (order.status === "CONFIRMED") await refreshCustomerFirsts(tx, tenantId, order.counterpartyId);
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "order.cancelled",
      entity: "Order",
      entityId: order.id,
      before: { status: order.status },
      after: { status: "CANCELLED", failureReason: reason.name, comment: input.comment },
    });
    return { version: order.version + 1 };
  });
}
