import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { csvDialect } from "@/domain/csv/csv-dialect";
import { tenantRoute } from "@/server/actions/tenant-route";
import { csvResponse } from "@/server/csv/stream-csv";
import { exportProducts } from "@/server/products/export-products";

/** The product list's own parameters; anything malformed falls back to the whole catalog, as the list does. */
const productQuery = z.object({
  q: z
    .string()
    .catch("")
    .transform((q) => q.slice(0, 100) || undefined)
    .optional(),
  inactive: z
    .string()
    .optional()
    .transform((v) => v === "1"),
});

export const GET = tenantRoute(
  { name: "exportProducts", permission: "product.read", query: productQuery },
  async (ctx, { q, inactive }) => {
    const [locale, t] = await Promise.all([getLocale(), getTranslations("products")]);
    const headers = [t("sku"), t("name"), t("unit"), t("salePrice"), t("costPrice"), t("active")];
    const csv = exportProducts(ctx.tenant.id, csvDialect(locale), { q, includeInactive: inactive }, headers);
    return csvResponse(csv, "products");
  },
);
