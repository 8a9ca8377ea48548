import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { parseOrderListQuery } from "@/domain/orders/order-list-query";
import { buttonClass } from "@/components/ui/button";
import { Pagination, searchParamsHref } from "@/components/ui/pagination";
import { requirePagePermission } from "@/server/page-context";
import { listOrders } from "@/server/orders/list-orders";
import { listFormOptions } from "@/server/counterparties/list-form-options";
import { ListPageHeader } from "@/components/lists/list-page-header";
import { OrderFilters } from "./order-filters";
import { OrdersTable } from "./orders-table";

export async function generateMetadata() {
  return { title: (await getTranslations("orders"))("title") };
}

export default async function OrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await requirePagePermission(slug, "order.read");
  const query = parseOrderListQuery(await searchParams);
  const [t, list, options] = await Promise.all([
    getTranslations("orders"),
    listOrders(ctx, query),
    listFormOptions(ctx),
  ]);
  const base = `/t/${slug}/orders`;
  const { page: _page, ...filters } = query;
  const selection = new URLSearchParams(
    Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  return (
    <>
      <ListPageHeader namespace="orders" total={list.total} exportHref={`${base}/export?${selection.toString()}`}>
        {can(ctx.role, "order.write") && (
          <Link href={`${base}/new`} className={buttonClass()}>
            {t("new")}
          </Link>
        )}
      </ListPageHeader>
      <OrderFilters base={base} query={query} managers={options.managers} />
      <OrdersTable slug={slug} list={list} currency={ctx.tenant.currency} />
      <Pagination
        page={query.page}
        pages={list.pages}
        hrefFor={searchParamsHref(
          Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v === undefined ? undefined : String(v)])),
        )}
      />
    </>
  );
}
