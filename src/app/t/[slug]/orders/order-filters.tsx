import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ORDER_STATUSES, PAYMENT_STATES, SHIPMENT_STATES, type OrderListQuery } from "@/domain/orders/order-list-query";
import { buttonClass } from "@/components/ui/button";
import { FILTER_CONTROL, FilterChoice } from "@/components/forms/filter-choice";
import { ListSearchForm } from "@/components/lists/list-search-form";

export async function OrderFilters({
  base,
  query,
  managers,
}: {
  base: string;
  query: OrderListQuery;
  managers: { id: string; name: string }[];
}) {
  const t = await getTranslations("orders");
  return (
    <ListSearchForm
      action={base}
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-6"
      q={query.q}
      searchLabel={t("searchPlaceholder")}
      searchClassName="md:col-span-2"
    >
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
        options={managers.map((m) => ({ value: m.id, label: m.name }))}
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
    </ListSearchForm>
  );
}
