import "server-only";
import { db } from "@/server/db";
import { completenessFields, customFilledCount } from "@/server/reports/contact-completeness-sql";

export interface SnapshotRow {
  userId: string | null;
  filledFields: number;
  possibleFields: number;
  receivables: number;
  overdueDebt: number;
}

/**
 * Figures of today rather than of a period, per manager. Completeness of contact information (SPEC §7.1.1, 1C's
 * formula): filled (counterparty, field) pairs ÷ (his customers × completeness fields), the fields being phone,
 * e-mail, address, a contact person working there now and the custom fields marked to count — the same fields and
 * the same test of a filled custom field as the contact-information report. Receivables and overdue debt are those
 * of the counterparty balance (SPEC §5.4) summed over the manager's unsettled orders.
 */
export async function snapshotFigures(tenantId: string, today: string) {
  const [completeness, debt] = await Promise.all([
    completenessFigures(tenantId),
    db().$queryRaw<SnapshotRow[]>`
      SELECT "managerUserId" AS "userId",
             sum("shippedAmount" - "paidAmount")::float8 AS "receivables",
             coalesce(sum("totalAmount" - "paidAmount") FILTER (WHERE "expectedPaymentDate" < ${today}::date AND "paidAmount" < "totalAmount"), 0)::float8 AS "overdueDebt"
      FROM "Order"
      WHERE "tenantId" = ${tenantId} AND NOT "settled" AND "status" IN ('CONFIRMED', 'COMPLETED')
      GROUP BY 1`,
  ]);
  return [...completeness, ...debt];
}

/**
 * The built-in fields come from each counterparty's kept contact counts (ADR 0016), merged with the counterparties
 * in id order; only the custom fields that count read the counterparty rows, and only when the tenant has any.
 */
async function completenessFigures(tenantId: string) {
  const fields = await completenessFields(tenantId);
  return db().$queryRaw<Pick<SnapshotRow, "userId" | "filledFields" | "possibleFields">[]>`
    WITH built_in AS (
      SELECT c."responsibleUserId",
             sum((k."phones" > 0)::int + (k."emails" > 0)::int + (k."addresses" > 0)::int + (k."currentEmployees" > 0)::int) AS filled,
             count(*) AS counterparties
      FROM "Counterparty" c
      LEFT JOIN "CounterpartyContactCounts" k ON k."tenantId" = ${tenantId} AND k."counterpartyId" = c."id"
      WHERE c."tenantId" = ${tenantId} AND NOT c."archived" AND c."isCustomer"
      GROUP BY 1
    ), custom AS (
      SELECT c."responsibleUserId", sum(${customFilledCount(fields)}) AS filled
      FROM "Counterparty" c
      WHERE ${fields.custom.length > 0} AND c."tenantId" = ${tenantId} AND NOT c."archived" AND c."isCustomer"
      GROUP BY 1
    )
    SELECT b."responsibleUserId" AS "userId", (coalesce(b.filled, 0) + coalesce(cu.filled, 0))::int AS "filledFields",
           (b.counterparties * ${fields.count})::int AS "possibleFields"
    FROM built_in b LEFT JOIN custom cu ON cu."responsibleUserId" IS NOT DISTINCT FROM b."responsibleUserId"`;
}
