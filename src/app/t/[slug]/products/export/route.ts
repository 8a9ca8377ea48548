import { getLocale, getTranslations } from "next-intl/server";
import { csvDialect } from "@/domain/csv/csv-dialect";
import { z } from "zod";
import { currentClaims } from "@/server/auth/session";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { httpStatusOf } from "@/server/actions/route-handler";
import { csvResponse } from "@/server/csv/stream-csv";
import { exportProducts } from "@/server/products/export-products";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const dialect = csvDialect(await getLocale());
  const t = await getTranslations("products");
  const search = new URL(request.url).searchParams;
  const query = { q: search.get("q")?.slice(0, 100) || undefined, includeInactive: search.get("inactive") === "1" };
  const headers = [t("sku"), t("name"), t("unit"), t("salePrice"), t("costPrice"), t("active")];
  const result = await executeTenantAction(
    await currentClaims(),
    slug,
    { name: "exportProducts", permission: "product.read", input: z.object({}) },
    {},
    async (ctx) => exportProducts(ctx.tenant.id, dialect, query, headers),
  );
  if (!result.ok) return new Response(result.message, { status: httpStatusOf(result.code) });
  return csvResponse(result.data, "products");
}
