import { getLocale, getTranslations } from "next-intl/server";
import { csvDialect } from "@/domain/csv/csv-dialect";
import { parseOrderListQuery } from "@/domain/orders/order-list-query";
import { SEARCH_PARAMS, tenantRoute } from "@/server/actions/tenant-route";
import { csvResponse } from "@/server/csv/stream-csv";
import { exportOrders } from "@/server/orders/export-orders";

const STATE_GROUPS = { status: "statuses", shipment: "shipmentStates", payment: "paymentStates" } as const;

/** GET with the list's own query parameters: exports exactly what the list shows, all pages of it. */
export const GET = tenantRoute(
  { name: "exportOrders", permission: "order.read", query: SEARCH_PARAMS.transform(parseOrderListQuery) },
  async (ctx, query) => {
    const [locale, t] = await Promise.all([getLocale(), getTranslations("orders")]);
    const headers = [
      t("number"),
      t("date"),
      t("counterparty"),
      t("manager"),
      t("status"),
      t("shipment"),
      t("payment"),
      t("total"),
      t("shipped"),
      t("paid"),
      t("expectedShipmentDate"),
      t("expectedPaymentDate"),
    ];
    const state = (kind: keyof typeof STATE_GROUPS, value: string) =>
      t(`${STATE_GROUPS[kind]}.${value}` as "statuses.DRAFT");
    return csvResponse(exportOrders(ctx, csvDialect(locale), query, headers, state), "orders");
  },
);
