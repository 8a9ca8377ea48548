import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * SPEC §5.5, defined once: revenue is the amount of the shipments in a period, gross profit that amount minus the
 * cost of the shipped lines. Classification, KPIs and reports select from this relation and nothing else, so the
 * three can never disagree about what a sale is.
 *
 * Columns: "counterpartyId", "orderId", "managerUserId", "sourceId", "shipmentId", "date", "revenue", "cost",
 * "grossProfit". `from` and `to` are calendar dates, both inclusive. The order's source is a subquery rather than
 * a join: a query that does not read "sourceId" then touches the shipment table only through the columns it names,
 * so sales per manager and period are read from the covering index "Shipment_tenantId_date_sales_idx" alone. (A
 * left join on a unique key is removed when unused, but the shipment scan would still fetch "orderId" from the
 * table, ruling out an index-only scan.)
 */
export function salesFacts(tenantId: string, from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`(
    SELECT s."counterpartyId", s."orderId", s."managerUserId",
           (SELECT o."sourceId" FROM "Order" o WHERE o."tenantId" = s."tenantId" AND o."id" = s."orderId") AS "sourceId",
           s."id" AS "shipmentId", s."date", s."amount" AS "revenue", s."cost", s."amount" - s."cost" AS "grossProfit"
    FROM "Shipment" s
    WHERE s."tenantId" = ${tenantId} AND s."date" BETWEEN ${from}::date AND ${to}::date
  )`;
}
