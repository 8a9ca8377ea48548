import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * SPEC §5.5, defined once: revenue is the amount of the shipments in a period, gross profit that amount minus the
 * cost of the shipped lines. Classification, KPIs and reports select from this relation and nothing else, so the
 * three can never disagree about what a sale is.
 *
 * Columns: "counterpartyId", "orderId", "managerUserId", "sourceId", "shipmentId", "date", "revenue", "cost",
 * "grossProfit". `from` and `to` are calendar dates, both inclusive. A shipment carries its order's manager and
 * source, so this reads one table — per manager or source and period from the covering index
 * "Shipment_tenantId_date_sales_idx" alone, which keeps KPIs and the sources report fast on a million orders.
 */
export function salesFacts(tenantId: string, from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`(
    SELECT s."counterpartyId", s."orderId", s."managerUserId", s."sourceId", s."id" AS "shipmentId", s."date",
           s."amount" AS "revenue", s."cost", s."amount" - s."cost" AS "grossProfit"
    FROM "Shipment" s
    WHERE s."tenantId" = ${tenantId} AND s."date" BETWEEN ${from}::date AND ${to}::date
  )`;
}
