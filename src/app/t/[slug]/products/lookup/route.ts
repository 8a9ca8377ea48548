import { tenantRoute } from "@/server/actions/tenant-route";
import { lookupProducts, lookupProductsInput } from "@/server/products/lookup-products";

export const GET = tenantRoute(
  { name: "lookupProducts", permission: "product.read", query: lookupProductsInput },
  async (ctx, query) => Response.json(await lookupProducts(ctx, query)),
);
