import "server-only";
import { db } from "@/server/db";

export interface SnapshotRow {
  userId: string | null;
  filledFields: number;
  possibleFields: number;
  receivables: number;
  overdueDebt: number;
}

/**
 * Figures of today rather than of a period, per manager. Completeness of contact information (SPEC §7.1.1, 1C's
 * formula): filled (counterparty, field) pairs ÷ (his counterparties × completeness fields), the fields being phone,
 * e-mail, address, a contact person and the custom fields marked to count. Receivables and overdue debt are those
 * of the counterparty balance (SPEC §5.4) summed over the manager's unsettled orders.
 */
export async function snapshotFigures(tenantId: string, today: string) {
  const [completeness, debt] = await Promise.all([
    db().$queryRaw<SnapshotRow[]>`
      WITH fields AS (
        SELECT "key" FROM "FieldDefinition"
        WHERE "tenantId" = ${tenantId} AND "entity" = 'COUNTERPARTY' AND "countsForCompleteness" AND NOT "archived"
      ), contacts AS (
        SELECT "counterpartyId", bool_or("type" = 'PHONE') AS phone, bool_or("type" = 'EMAIL') AS email, bool_or("type" = 'ADDRESS') AS address
        FROM "ContactInfo" WHERE "tenantId" = ${tenantId} AND "counterpartyId" IS NOT NULL GROUP BY 1
      ), people AS (
        SELECT DISTINCT "counterpartyId" FROM "Employment" WHERE "tenantId" = ${tenantId} AND "endedOn" IS NULL
      )
      SELECT c."responsibleUserId" AS "userId",
             sum(coalesce(ci.phone, false)::int + coalesce(ci.email, false)::int + coalesce(ci.address, false)::int + (pe."counterpartyId" IS NOT NULL)::int
                 + (SELECT count(*) FROM fields f WHERE coalesce(c."customFields" -> f."key", 'null') NOT IN ('null', '""', '[]'))::int)::int AS "filledFields",
             (count(*) * (4 + (SELECT count(*) FROM fields)))::int AS "possibleFields"
      FROM "Counterparty" c
      LEFT JOIN contacts ci ON ci."counterpartyId" = c."id"
      LEFT JOIN people pe ON pe."counterpartyId" = c."id"
      WHERE c."tenantId" = ${tenantId} AND NOT c."archived"
      GROUP BY 1`,
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
