import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * SPEC §5.5, defined once: revenue is the amount of the shipments in a period, gross profit that amount minus the
 * cost of the shipped lines. Classification, KPIs and reports select from this relation and nothing else, so the
 * three can never disagree about what a sale is.
 *
 * Columns: "counterpartyId", "orderId", "managerUserId", "sourceId", "shipmentId", "date", "revenue", "cost",
 * "grossProfit". `from` and `to` are calendar dates, both inclusive. The order is joined only for its source: a
 * query that does not read "sourceId" never touches the order table (PostgreSQL removes an unused left join on a
 * unique key), which is what keeps sales per manager fast on a million orders. The shipment scan still asks for
 * "orderId", the join's key, even when the join is gone: the covering index "Shipment_tenantId_date_sales_idx"
 * holds it, so sales per manager and period are read from that index alone.
 */
export function salesFacts(tenantId: string, from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`(
    SELECT s."counterpartyId", s."orderId", s."managerUserId", o."sourceId", s."id" AS "shipmentId", s."date",
           s."amount" AS "revenue", s."cost", s."amount" - s."cost" AS "grossProfit"
    FROM "Shipment" s
    LEFT JOIN "Order" o ON o."tenantId" = s."tenantId" AND o."id" = s."orderId"
    WHERE s."tenantId" = ${tenantId} AND s."date" BETWEEN ${from}::date AND ${to}::date
  )`;
}
