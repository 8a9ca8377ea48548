import "server-only";
import type { ProductInput } from "@/domain/products/product-input";
import type { Tx } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import type { MappedRow } from "./map-import-rows";

const BATCH = 1000;

/**
 * Writes the valid rows of a product file. A row whose SKU exists is skipped or updates that product; a SKU
 * repeated inside the file is taken once, from its first row.
 */
export async function writeProductRows(
  tx: Tx,
  ctx: TenantContext,
  duplicateMode: string,
  valid: MappedRow<ProductInput>[],
) {
  const tenantId = ctx.tenant.id;
  const firstOfSku = new Map<string, MappedRow<ProductInput>>();
  for (const row of valid) if (!firstOfSku.has(row.value.sku)) firstOfSku.set(row.value.sku, row);
  const rows = [...firstOfSku.values()];
  const existing = await tx.product.findMany({
    where: { tenantId, sku: { in: rows.map((r) => r.value.sku) } },
    select: { id: true, sku: true },
  });
  const idOfSku = new Map(existing.map((p) => [p.sku, p.id]));
  const fresh = rows.filter((r) => !idOfSku.has(r.value.sku));
  const matched = rows.filter((r) => idOfSku.has(r.value.sku));
  for (let i = 0; i < fresh.length; i += BATCH) {
    await tx.product.createMany({
      data: fresh.slice(i, i + BATCH).map(({ value: { customFields: _c, ...product } }) => ({ ...product, tenantId })),
    });
  }
  if (duplicateMode === "UPDATE") {
    for (const {
      value: { customFields: _c, ...product },
    } of matched) {
      await tx.product.updateMany({
        where: { tenantId, id: idOfSku.get(product.sku)! },
        data: { ...product, version: { increment: 1 } },
      });
    }
  }
  return {
    createdCount: fresh.length,
    updatedCount: duplicateMode === "UPDATE" ? matched.length : 0,
    skippedCount: valid.length - fresh.length - (duplicateMode === "UPDATE" ? matched.length : 0),
  };
}
