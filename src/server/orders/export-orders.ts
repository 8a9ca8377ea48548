import "server-only";
import type { CsvDialect } from "@/domain/csv/csv-dialect";
import type { OrderListQuery } from "@/domain/orders/order-list-query";
import { isoDate } from "@/domain/dates/calendar-date";
import { db } from "@/server/db";
import { streamCsv } from "@/server/csv/stream-csv";
import type { TenantContext } from "@/server/tenant-context";
import { orderListWhere } from "./list-orders";

/** The filtered order list as CSV, every page of it, amounts as numbers in the reader's notation. */
export function exportOrders(
  ctx: TenantContext,
  dialect: CsvDialect,
  query: OrderListQuery,
  headers: string[],
  label: (kind: "status" | "shipment" | "payment", value: string) => string,
) {
  const where = orderListWhere(ctx, query);
  return streamCsv(dialect, headers, async (offset, limit) => {
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
      o.totalAmount,
      o.shippedAmount,
      o.paidAmount,
      o.expectedShipmentDate && isoDate(o.expectedShipmentDate),
      o.expectedPaymentDate && isoDate(o.expectedPaymentDate),
    ]);
  });
}
