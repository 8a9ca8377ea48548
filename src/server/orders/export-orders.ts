import "server-only";
import type { OrderListQuery } from "@/domain/orders/order-list-query";
import { isoDate } from "@/domain/dates/calendar-date";
import { db } from "@/server/db";
import { streamCsv } from "@/server/csv/stream-csv";
import type { TenantContext } from "@/server/tenant-context";
import { orderListWhere } from "./list-orders";

/** The filtered order list as CSV, every page of it, amounts as plain decimals for Excel. */
export function exportOrders(ctx: TenantContext, query: OrderListQuery, headers: string[], label: (kind: "status" | "shipment" | "payment", value: string) => string) {
  const where = orderListWhere(ctx, query);
  return streamCsv(headers, async (offset, limit) => {
    const rows = await db().order.findMany({
      where,
      orderBy: [{ date: "desc" }, { number: "desc" }],
      skip: offset,
      take: limit,
      include: { counterparty: { select: { name: true } }, manager: { select: { user: { select: { name: true } } } } },
    });
    return rows.map((o) => [
      o.number,
      isoDate(o.date),
      o.counterparty.name,
      o.manager.user.name,
      label("status", o.status),
      label("shipment", o.shipmentState),
      label("payment", o.paymentState),
      o.totalAmount.toFixed(2),
      o.shippedAmount.toFixed(2),
      o.paidAmount.toFixed(2),
      o.expectedShipmentDate && isoDate(o.expectedShipmentDate),
      o.expectedPaymentDate && isoDate(o.expectedPaymentDate),
    ]);
  });
}
