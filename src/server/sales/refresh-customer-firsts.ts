import "server-only";
import type { Tx } from "@/server/db";

/**
 * Recomputes from his documents the two dates the KPIs read instead of a customer's whole history: his first sale
 * ("firstSaleOn", the earliest shipment) and his first deal ("firstDealOn", the earliest confirmed or completed
 * order). Runs in the transaction of every write that adds, moves or re-dates a shipment, or makes an order a deal
 * or no longer one, after that write. A confirmed order completing stays a deal and needs no call.
 *
 * The counterparty row is locked first and the dates are read in the next statement, which sees every document
 * committed by the transactions that held the lock before: two writes for one customer cannot both miss each
 * other's document. Each date is one descent of a (counterparty, date) index, however long the history.
 */
export async function refreshCustomerFirsts(tx: Tx, tenantId: string, counterpartyId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Counterparty" WHERE "tenantId" = ${tenantId} AND "id" = ${counterpartyId} FOR NO KEY UPDATE`;
  await tx.$executeRaw`
    WITH firsts AS (
      SELECT (SELECT min("date") FROM "Shipment" WHERE "tenantId" = ${tenantId} AND "counterpartyId" = ${counterpartyId}) AS "sale",
             (SELECT min("date") FROM "Order"
              WHERE "tenantId" = ${tenantId} AND "counterpartyId" = ${counterpartyId} AND "status" IN ('CONFIRMED', 'COMPLETED')) AS "deal"
    )
    UPDATE "Counterparty" c SET "firstSaleOn" = f."sale", "firstDealOn" = f."deal"
    FROM firsts f
    WHERE c."tenantId" = ${tenantId} AND c."id" = ${counterpartyId}
      AND (c."firstSaleOn" IS DISTINCT FROM f."sale" OR c."firstDealOn" IS DISTINCT FROM f."deal")`;
}
