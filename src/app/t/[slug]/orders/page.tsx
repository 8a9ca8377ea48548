import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/auth/permissions";
import { ORDER_STATUSES, PAYMENT_STATES, SHIPMENT_STATES, parseOrderListQuery } from "@/domain/orders/order-list-query";
import { moneyFormatter } from "@/i18n/format-money";
import { PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";
import { Pagination, searchParamsHref } from "@/components/ui/pagination";
import { FILTER_CONTROL, FilterChoice } from "@/components/forms/filter-choice";
import { OrderBadges } from "@/components/orders/order-badges";
import { requirePagePermission } from "@/server/page-context";
import { listOrders } from "@/server/orders/list-orders";
import { listFormOptions } from "@/server/counterparties/list-form-options";

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
  const [t, format, locale, list, options] = await Promise.all([
    getTranslations("orders"),
    getFormatter(),
    getLocale(),
    listOrders(ctx, query),
    listFormOptions(ctx),
  ]);
  const money = moneyFormatter(locale, ctx.tenant.currency);
  const base = `/t/${slug}/orders`;
  const { page: _page, ...filters } = query;
  const exportHref = `${base}/export?${new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === "string")).toString()}`;
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("count", { count: list.total })}
        actions={
          <div className="flex gap-2">
            <a href={exportHref} className={buttonClass("secondary")}>
              {t("export")}
            </a>
            {can(ctx.role, "order.write") && (
              <Link href={`${base}/new`} className={buttonClass()}>
                {t("new")}
              </Link>
            )}
          </div>
        }
      />
      <form
        method="get"
        action={base}
        role="search"
        className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-6"
      >
        <input
          type="search"
          name="q"
          defaultValue={query.q}
          placeholder={t("searchPlaceholder")}
          aria-label={t("searchPlaceholder")}
          className={`${FILTER_CONTROL} md:col-span-2`}
        />
        <FilterChoice
          name="status"
          label={t("status")}
          value={query.status}
          any={t("anyStatus")}
          options={[
            { value: "OPEN", label: t("open") },
            ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
          ]}
        />
        <FilterChoice
          name="shipment"
          label={t("shipment")}
          value={query.shipment}
          any={t("anyShipment")}
          options={SHIPMENT_STATES.map((s) => ({ value: s, label: t(`shipmentStates.${s}`) }))}
        />
        <FilterChoice
          name="payment"
          label={t("payment")}
          value={query.payment}
          any={t("anyPayment")}
          options={PAYMENT_STATES.map((s) => ({ value: s, label: t(`paymentStates.${s}`) }))}
        />
        <FilterChoice
          name="manager"
          label={t("manager")}
          value={query.manager}
          any={t("anyManager")}
          options={options.managers.map((m) => ({ value: m.id, label: m.name }))}
        />
        <label className="flex items-center gap-2 text-sm text-slate-600">
          {t("from")} <input type="date" name="from" defaultValue={query.from} className={FILTER_CONTROL} />
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-600">
          {t("to")} <input type="date" name="to" defaultValue={query.to} className={FILTER_CONTROL} />
        </label>
        {query.counterparty && <input type="hidden" name="counterparty" value={query.counterparty} />}
        <div className="flex gap-2">
          <button type="submit" className={buttonClass()}>
            {t("apply")}
          </button>
          <Link href={base} className={buttonClass("secondary")}>
            {t("reset")}
          </Link>
        </div>
      </form>
      <Table
        head={[
          t("number"),
          t("date"),
          t("counterparty"),
          t("manager"),
          t("total"),
          t("paid"),
          t("expectedPaymentDate"),
          t("state"),
        ]}
        empty={list.total === 0 ? t("empty") : undefined}
      >
        {list.rows.map((o) => (
          <tr key={o.id} className="hover:bg-slate-50">
            <Td>
              <Link href={`${base}/${o.id}`} className="font-medium text-brand-700 hover:underline">
                № {o.number}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{format.dateTime(o.date, { dateStyle: "short", timeZone: "UTC" })}</Td>
            <Td>
              <Link href={`/t/${slug}/counterparties/${o.counterparty.id}`} className="hover:underline">
                {o.counterparty.name}
              </Link>
            </Td>
            <Td>{o.manager.user.name}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{money(o.totalAmount)}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{money(o.paidAmount)}</Td>
            <Td className="whitespace-nowrap">
              {o.expectedPaymentDate
                ? format.dateTime(o.expectedPaymentDate, { dateStyle: "short", timeZone: "UTC" })
                : "—"}
            </Td>
            <Td>
              <OrderBadges order={o} />
            </Td>
          </tr>
        ))}
      </Table>
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
