import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { Pagination, searchParamsHref } from "@/components/ui/pagination";
import { requirePagePermission } from "@/server/page-context";
import { searchProducts } from "@/server/products/search-products";
import { ListPageHeader } from "@/components/lists/list-page-header";
import { ProductForm } from "./product-form";
import { ProductSearch } from "./product-search";
import { ProductsTable } from "./products-table";

export async function generateMetadata() {
  return { title: (await getTranslations("products"))("title") };
}

export default async function ProductsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ q?: string; inactive?: string; page?: string }>;
}) {
  const { slug } = await params;
  const sp = await searchParams;
  const ctx = await requirePagePermission(slug, "product.read");
  const query = {
    q: sp.q?.slice(0, 100),
    includeInactive: sp.inactive === "1",
    page: Math.min(100_000, Math.max(1, Number(sp.page) || 1)),
  };
  const [t, list] = await Promise.all([getTranslations("products"), searchProducts(ctx.tenant.id, query)]);
  const base = `/t/${slug}/products`;
  const manage = can(ctx.role, "product.manage");
  return (
    <>
      <ListPageHeader
        namespace="products"
        total={list.total}
        exportHref={`${base}/export?${new URLSearchParams({ q: query.q ?? "", inactive: sp.inactive ?? "" })}`}
      >
        {can(ctx.role, "product.import") && (
          <Link href={`${base}/import`} className={buttonClass("secondary")}>
            {t("import")}
          </Link>
        )}
      </ListPageHeader>
      {manage && (
        <Card title={t("new")} className="mb-6">
          <ProductForm slug={slug} />
        </Card>
      )}
      <ProductSearch base={base} q={query.q} includeInactive={query.includeInactive} />
      <ProductsTable base={base} list={list} currency={ctx.tenant.currency} canManage={manage} />
      <Pagination
        page={list.page}
        pages={list.pages}
        hrefFor={searchParamsHref({ q: query.q, inactive: sp.inactive })}
      />
    </>
  );
}
