import "server-only";
import { db } from "@/server/db";

export interface CounterpartyBalance {
  debt: string;
  overdue: string;
  daysOverdue: number;
  openOrders: number;
}

/**
 * Where a counterparty stands today (SPEC §5.4): debt is shipped minus paid over its confirmed and completed
 * orders (negative: an advance); overdue is what should have been paid by each order's expected payment date and
 * was not, with the days since the oldest such date. Only unsettled orders can owe anything, so only they are read.
 */
export async function counterpartyBalance(
  tenantId: string,
  counterpartyId: string,
  today: Date,
): Promise<CounterpartyBalance> {
  const [balance] = await db().$queryRaw<CounterpartyBalance[]>`
    SELECT COALESCE(SUM("shippedAmount" - "paidAmount"), 0)::text AS debt,
           COALESCE(SUM("totalAmount" - "paidAmount") FILTER (WHERE "expectedPaymentDate" < ${today}::date AND "paidAmount" < "totalAmount"), 0)::text AS overdue,
           COALESCE(MAX(${today}::date - "expectedPaymentDate") FILTER (WHERE "expectedPaymentDate" < ${today}::date AND "paidAmount" < "totalAmount"), 0)::int AS "daysOverdue",
           COUNT(*) FILTER (WHERE status = 'CONFIRMED')::int AS "openOrders"
    FROM "Order"
    WHERE "tenantId" = ${tenantId} AND "counterpartyId" = ${counterpartyId} AND NOT "settled" AND status IN ('CONFIRMED', 'COMPLETED')`;
  return balance!;
}
