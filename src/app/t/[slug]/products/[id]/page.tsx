import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound, requirePagePermission } from "@/server/page-context";
import { getProduct } from "@/server/products/get-product";
import { ProductForm } from "../product-form";

export default async function ProductPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const ctx = await requirePagePermission(slug, "product.manage");
  const product = await orNotFound(getProduct(ctx.tenant.id, id));
  const t = await getTranslations("products");
  return (
    <>
      <PageHeader title={product.name} subtitle={product.sku} />
      <Card title={t("edit")}>
        <ProductForm
          slug={slug}
          values={{ ...product, salePrice: product.salePrice.toFixed(2), costPrice: product.costPrice.toFixed(2) }}
        />
      </Card>
    </>
  );
}
