import "server-only";
import type { z } from "zod";
import { productSchema } from "@/domain/products/product-input";
import { db } from "@/server/db";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";

export const createProductInput = productSchema;

export async function createProduct(ctx: TenantContext, input: z.infer<typeof createProductInput>) {
  const tenantId = ctx.tenant.id;
  try {
    return await db().$transaction(async (tx) => {
      const product = await tx.product.create({ data: { ...input, tenantId }, select: { id: true } });
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: ctx.user.id,
        action: "product.created",
        entity: "Product",
        entityId: product.id,
        after: input,
      });
      return product;
    });
  } catch (error) {
    if (isUniqueViolation(error, "sku")) throw new ValidationError({ sku: "validation.skuTaken" });
    throw error;
  }
}
