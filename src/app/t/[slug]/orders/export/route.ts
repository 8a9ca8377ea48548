import { getLocale, getTranslations } from "next-intl/server";
import { csvDialect } from "@/domain/csv/csv-dialect";
import { z } from "zod";
import { parseOrderListQuery } from "@/domain/orders/order-list-query";
import { currentClaims } from "@/server/auth/session";
import { executeTenantAction } from "@/server/actions/tenant-action";
import { httpStatusOf } from "@/server/actions/route-handler";
import { csvResponse } from "@/server/csv/stream-csv";
import { exportOrders } from "@/server/orders/export-orders";

/** GET with the list's own query parameters: exports exactly what the list shows, all pages of it. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const dialect = csvDialect(await getLocale());
  const t = await getTranslations("orders");
  const query = parseOrderListQuery(Object.fromEntries(new URL(request.url).searchParams));
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
  const groups = { status: "statuses", shipment: "shipmentStates", payment: "paymentStates" } as const;
  const result = await executeTenantAction(
    await currentClaims(),
    slug,
    { name: "exportOrders", permission: "order.read", input: z.object({}) },
    {},
    async (ctx) =>
      exportOrders(ctx, dialect, query, headers, (kind, value) => t(`${groups[kind]}.${value}` as "statuses.DRAFT")),
  );
  if (!result.ok) return new Response(result.message, { status: httpStatusOf(result.code) });
  return csvResponse(result.data, "orders");
}
