import "server-only";
import { z } from "zod";
import { recordId } from "@/domain/forms/form-fields";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { loadEditableCounterparty } from "./load-editable-counterparty";

export const removeSuppliedProductInput = z.object({ id: recordId });

export async function removeSuppliedProduct(ctx: TenantContext, input: z.infer<typeof removeSuppliedProductInput>) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    const supplied = await tx.suppliedProduct.findUnique({
      where: { tenantId_id: { tenantId, id: input.id } },
      include: { product: { select: { name: true } } },
    });
    if (!supplied) throw new NotFoundError();
    await loadEditableCounterparty(tx, ctx, supplied.counterpartyId);
    await tx.suppliedProduct.delete({ where: { tenantId_id: { tenantId, id: supplied.id } } });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "counterparty.supplied_product_removed",
      entity: "Counterparty",
      entityId: supplied.counterpartyId,
      before: { product: supplied.product.name, purchasePrice: supplied.purchasePrice.toFixed(2) },
    });
  });
}
