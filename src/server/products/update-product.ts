import "server-only";
import { z } from "zod";
import { recordId } from "@/domain/forms/form-fields";
import { productSchema } from "@/domain/products/product-input";
import { db } from "@/server/db";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { ConflictError, NotFoundError, ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";

export const updateProductInput = productSchema.extend({ id: recordId, version: z.coerce.number().int().min(1) });

/** Prices changed here apply to new order lines only: lines keep the price and cost they were written with. */
export async function updateProduct(ctx: TenantContext, input: z.infer<typeof updateProductInput>) {
  const tenantId = ctx.tenant.id;
  const { id, version, ...data } = input;
  try {
    return await db().$transaction(async (tx) => {
      const before = await tx.product.findUnique({ where: { tenantId_id: { tenantId, id } } });
      if (!before) throw new NotFoundError();
      const { count } = await tx.product.updateMany({
        where: { tenantId, id, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError();
      const was = { ...before, salePrice: before.salePrice.toFixed(2), costPrice: before.costPrice.toFixed(2) };
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: ctx.user.id,
        action: "product.updated",
        entity: "Product",
        entityId: id,
        before: Object.fromEntries(Object.keys(data).map((k) => [k, was[k as keyof typeof data]])),
        after: data,
      });
      return { id, version: version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error, "sku")) throw new ValidationError({ sku: "validation.skuTaken" });
    throw error;
  }
}
