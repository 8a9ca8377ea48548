import "server-only";
import { z } from "zod";
import { recordId } from "@/domain/forms/form-fields";
import { db } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { refreshCustomerFirsts } from "@/server/sales/refresh-customer-firsts";
import { lockOrderForWrite } from "./order-access";

export const confirmOrderInput = z.object({ id: recordId, version: z.coerce.number().int().min(1) });

/** DRAFT → CONFIRMED: the order is agreed with the customer; from now on it can be shipped and paid. */
export async function confirmOrder(ctx: TenantContext, input: z.infer<typeof confirmOrderInput>) {
  const tenantId = ctx.tenant.id;
  return db().$transaction(async (tx) => {
    const order = await lockOrderForWrite(tx, ctx, input.id);
    if (order.version !== input.version) throw new ConflictError();
    if (order.status !== "DRAFT") throw new ValidationError({}, "errors.orderNotDraft");
    await tx.order.update({
      where: { tenantId_id: { tenantId, id: order.id } },
      data: { status: "CONFIRMED", version: { increment: 1 } },
    });
    await refreshCustomerFirsts(tx, tenantId, order.counterpartyId);
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "order.confirmed",
      entity: "Order",
      entityId: order.id,
      before: { status: order.status },
      after: { status: "CONFIRMED" },
    });
    return { version: order.version + 1 };
  });
}
