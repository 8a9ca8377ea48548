import "server-only";
import { z } from "zod";
import { recordId } from "@/domain/forms/form-fields";
import { moneySchema } from "@/domain/orders/amounts";
import { db } from "@/server/db";
import { ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { loadEditableCounterparty } from "./load-editable-counterparty";

export const saveSuppliedProductInput = z.object({
  counterpartyId: recordId,
  productId: recordId,
  purchasePrice: moneySchema,
});

/** A product the supplier delivers at a purchase price (SPEC §2.4); saving it again changes the price. */
export async function saveSuppliedProduct(ctx: TenantContext, input: z.infer<typeof saveSuppliedProductInput>) {
  const tenantId = ctx.tenant.id;
  const { counterpartyId, productId, purchasePrice } = input;
  await db().$transaction(async (tx) => {
    const counterparty = await loadEditableCounterparty(tx, ctx, counterpartyId);
    if (!counterparty.isSupplier) throw new ValidationError({ _form: "validation.notSupplier" });
    const product = await tx.product.findUnique({
      where: { tenantId_id: { tenantId, id: productId } },
      select: { name: true },
    });
    if (!product) throw new ValidationError({ productId: "validation.choose" });
    await tx.suppliedProduct.upsert({
      where: { tenantId_counterpartyId_productId: { tenantId, counterpartyId, productId } },
      create: { tenantId, counterpartyId, productId, purchasePrice },
      update: { purchasePrice },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "counterparty.supplied_product_saved",
      entity: "Counterparty",
      entityId: counterpartyId,
      after: { product: product.name, purchasePrice },
    });
  });
}
