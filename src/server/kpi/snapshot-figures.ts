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
 * Contacts, employments and the counterparties' responsible managers, three streams in counterparty order read from
 * indexes, merged by one process. Parallel workers would each re-read the contacts and employments in full (the
 * merges' inner sides are not shared between them), tripling the work on a machine where the other KPI queries
 * already run beside this one; so they are turned off for this transaction.
 */
async function completenessFigures(tenantId: string) {
  const fields = await completenessFields(tenantId);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`;
    return tx.$queryRaw<Pick<SnapshotRow, "userId" | "filledFields" | "possibleFields">[]>`
      WITH contact_kinds AS (
        SELECT "counterpartyId", count(DISTINCT "type") AS filled FROM "ContactInfo"
        WHERE "tenantId" = ${tenantId} AND "counterpartyId" IS NOT NULL AND "type" IN ('PHONE', 'EMAIL', 'ADDRESS')
        GROUP BY 1
      ), people AS (
        SELECT DISTINCT "counterpartyId" FROM "Employment" WHERE "tenantId" = ${tenantId} AND "endedOn" IS NULL
      ), built_in AS (
        SELECT c."responsibleUserId", sum(coalesce(ci.filled, 0) + (pe."counterpartyId" IS NOT NULL)::int) AS filled, count(*) AS counterparties
        FROM "Counterparty" c
        LEFT JOIN contact_kinds ci ON ci."counterpartyId" = c."id"
        LEFT JOIN people pe ON pe."counterpartyId" = c."id"
        WHERE c."tenantId" = ${tenantId} AND NOT c."archived" AND c."isCustomer"
        GROUP BY 1
      ), custom AS (
        -- Filled (counterparty, custom field) pairs. Only this part reads the counterparty rows, and only when the
        -- tenant has fields that count.
        SELECT c."responsibleUserId", sum(${customFilledCount(fields)}) AS filled
        FROM "Counterparty" c
        WHERE ${fields.custom.length > 0} AND c."tenantId" = ${tenantId} AND NOT c."archived" AND c."isCustomer"
        GROUP BY 1
      )
      SELECT b."responsibleUserId" AS "userId", (b.filled + coalesce(cu.filled, 0))::int AS "filledFields",
             (b.counterparties * ${fields.count})::int AS "possibleFields"
      FROM built_in b LEFT JOIN custom cu ON cu."responsibleUserId" IS NOT DISTINCT FROM b."responsibleUserId"`;
  });
}
