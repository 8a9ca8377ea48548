import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { moneyFormatter } from "@/i18n/format-money";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";
import { Pagination, searchParamsHref } from "@/components/ui/pagination";
import { FILTER_CONTROL } from "@/components/forms/filter-choice";
import { requirePagePermission } from "@/server/page-context";
import { searchProducts } from "@/server/products/search-products";
import { ProductForm } from "./product-form";

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
  const [t, locale, list] = await Promise.all([
    getTranslations("products"),
    getLocale(),
    searchProducts(ctx.tenant.id, query),
  ]);
  const money = moneyFormatter(locale, ctx.tenant.currency);
  const base = `/t/${slug}/products`;
  const manage = can(ctx.role, "product.manage");
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("count", { count: list.total })}
        actions={
          <div className="flex gap-2">
            <a
              href={`${base}/export?${new URLSearchParams({ q: query.q ?? "", inactive: sp.inactive ?? "" })}`}
              className={buttonClass("secondary")}
            >
              {t("export")}
            </a>
            {can(ctx.role, "product.import") && (
              <Link href={`${base}/import`} className={buttonClass("secondary")}>
                {t("import")}
              </Link>
            )}
          </div>
        }
      />
      {manage && (
        <Card title={t("new")} className="mb-6">
          <ProductForm slug={slug} />
        </Card>
      )}
      <form
        method="get"
        action={base}
        role="search"
        className="mb-4 flex flex-wrap gap-3 rounded-lg border border-slate-200 bg-white p-3"
      >
        <input
          type="search"
          name="q"
          defaultValue={query.q}
          placeholder={t("searchPlaceholder")}
          aria-label={t("searchPlaceholder")}
          className={`${FILTER_CONTROL} min-w-64 flex-1`}
        />
        <label className="flex items-center gap-2 text-sm text-slate-600">
          <input type="checkbox" name="inactive" value="1" defaultChecked={query.includeInactive} /> {t("showInactive")}
        </label>
        <button type="submit" className={buttonClass()}>
          {t("find")}
        </button>
      </form>
      <Table
        head={[t("sku"), t("name"), t("unit"), t("salePrice"), t("costPrice"), ""]}
        empty={list.total === 0 ? t("empty") : undefined}
      >
        {list.rows.map((p) => (
          <tr key={p.id}>
            <Td className="whitespace-nowrap font-mono text-xs">{p.sku}</Td>
            <Td>
              {manage ? (
                <Link href={`${base}/${p.id}`} className="text-brand-700 hover:underline">
                  {p.name}
                </Link>
              ) : (
                p.name
              )}
            </Td>
            <Td>{p.unit}</Td>
            <Td className="text-right tabular-nums">{money(p.salePrice)}</Td>
            <Td className="text-right tabular-nums">{money(p.costPrice)}</Td>
            <Td>{!p.active && <Badge>{t("inactive")}</Badge>}</Td>
          </tr>
        ))}
      </Table>
      <Pagination
        page={list.page}
        pages={list.pages}
        hrefFor={searchParamsHref({ q: query.q, inactive: sp.inactive })}
      />
    </>
  );
}
