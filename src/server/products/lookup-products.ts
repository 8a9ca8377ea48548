import "server-only";
import { z } from "zod";
import type { TenantContext } from "@/server/tenant-context";
import { searchProducts } from "./search-products";

export const lookupProductsInput = z.object({ q: z.string().trim().min(1).max(200) });

/** Active products for an order line picker, with the price and unit the line starts from. */
export async function lookupProducts(ctx: TenantContext, input: z.infer<typeof lookupProductsInput>) {
  const { rows } = await searchProducts(ctx.tenant.id, { q: input.q }, 10);
  return rows.map((p) => ({ id: p.id, label: p.name, hint: p.sku, unit: p.unit, salePrice: p.salePrice.toFixed(2) }));
}
