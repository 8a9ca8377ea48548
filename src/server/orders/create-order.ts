import "server-only";
import { type z } from "zod";
import { createOrderSchema } from "@/domain/orders/order-input";
import { db } from "@/server/db";
import { createOnce } from "@/server/db/unique-violation";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { refreshCustomerFirsts } from "@/server/sales/refresh-customer-firsts";
import { buildOrderLines } from "./build-order-lines";
import { nextDocumentNumber } from "./next-document-number";
import { resolveOrderReferences } from "./resolve-order-references";

export const createOrderInput = createOrderSchema;

/**
 * Writes the order and its lines in one transaction under the next gapless number. The form's idempotency key
 * makes a double submit return the order the first submit created.
 */
export async function createOrder(
  ctx: TenantContext,
  input: z.infer<typeof createOrderInput>,
): Promise<{ id: string; number: number }> {
  const tenantId = ctx.tenant.id;
  const { idempotencyKey, confirm, ...order } = input;
  const findExisting = async () =>
    idempotencyKey
      ? db().order.findUnique({
          where: { tenantId_idempotencyKey: { tenantId, idempotencyKey } },
          select: { id: true, number: true },
        })
      : null;
  return createOnce(findExisting, () =>
    db().$transaction(async (tx) => {
      const { managerUserId, unitCostOf } = await resolveOrderReferences(tx, ctx, order);
      const { lines, totalAmount, totalCost } = buildOrderLines(order.lines, unitCostOf);
      const number = await nextDocumentNumber(tx, tenantId, "ORDER");
      const created = await tx.order.create({
        data: {
          tenantId,
          number,
          date: order.date,
          counterpartyId: order.counterpartyId,
          contactPersonId: order.contactPersonId,
          managerUserId,
          status: confirm ? "CONFIRMED" : "DRAFT",
          expectedShipmentDate: order.expectedShipmentDate,
          expectedPaymentDate: order.expectedPaymentDate,
          sourceId: order.sourceId,
          comment: order.comment,
          totalAmount,
          totalCost,
          idempotencyKey,
          createdByUserId: ctx.user.id,
          lines: { createMany: { data: lines } },
        },
        select: { id: true, number: true },
      });
      if (confirm) await refreshCustomerFirsts(tx, tenantId, order.counterpartyId);
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: ctx.user.id,
        action: "order.created",
        entity: "Order",
        entityId: created.id,
        after: { number, counterpartyId: order.counterpartyId, totalAmount, status: confirm ? "CONFIRMED" : "DRAFT" },
      });
      return created;
    }),
  );
}
