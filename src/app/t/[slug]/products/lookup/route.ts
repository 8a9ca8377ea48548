import { runTenantRoute } from "@/server/actions/route-handler";
import { lookupProducts, lookupProductsInput } from "@/server/products/lookup-products";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runTenantRoute(
    request,
    slug,
    { name: "lookupProducts", permission: "product.read", input: lookupProductsInput },
    lookupProducts,
  );
}
