import "server-only";
import { z } from "zod";
import { recordId } from "@/domain/forms/form-fields";
import { db } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { lockOrderForWrite } from "./order-access";

export const closeOrderInput = z.object({ id: recordId, version: z.coerce.number().int().min(1) });

/** A director completes a confirmed order by hand (SPEC §5.3), e.g. when the rest will never ship or be paid. */
export async function closeOrder(ctx: TenantContext, input: z.infer<typeof closeOrderInput>) {
  const tenantId = ctx.tenant.id;
  return db().$transaction(async (tx) => {
    const order = await lockOrderForWrite(tx, ctx, input.id);
    if (order.version !== input.version) throw new ConflictError();
    if (order.status !== "CONFIRMED") throw new ValidationError({}, "errors.orderNotConfirmed");
    await tx.order.update({
      where: { tenantId_id: { tenantId, id: order.id } },
      data: { status: "COMPLETED", closedByHand: true, completedAt: new Date(), version: { increment: 1 } },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "order.closed",
      entity: "Order",
      entityId: order.id,
      before: { status: order.status },
      after: { status: "COMPLETED", closedByHand: true },
    });
    return { version: order.version + 1 };
  });
}
