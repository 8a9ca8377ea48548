import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ContactReportFilters } from "@/domain/reports/report-filters";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import {
  FILLED,
  completenessFields,
  completenessJoins,
  counterpartyConditions,
  customFilledColumn,
  type CompletenessFields,
} from "./contact-completeness-sql";

export interface ManagerCompleteness {
  /** Null for the counterparties without a responsible manager. */
  managerUserId: string | null;
  managerName: string | null;
  counterparties: number;
  /** Filled (counterparty, field) pairs. */
  filled: number;
  /** counterparties × completeness fields. */
  possible: number;
  /** People working at these counterparties now. */
  persons: number;
}

/**
 * Completeness of contact information per responsible manager (SPEC §7.1.1): filled (counterparty, field) pairs
 * and the possible ones, over the tenant's customers that are not archived — in the order of the managers' names,
 * those without a manager last. With `incomplete`, only the counterparties that miss at least one field count.
 */
export async function completenessByManager(
  ctx: TenantContext,
  filters: Pick<ContactReportFilters, "manager" | "kind"> & { incomplete?: boolean } = {},
  fields?: CompletenessFields,
): Promise<{ fields: CompletenessFields; groups: ManagerCompleteness[] }> {
  const tenantId = ctx.tenant.id;
  const counted = fields ?? (await completenessFields(tenantId));
  const rows = await db().$queryRaw<Omit<ManagerCompleteness, "possible">[]>`
    SELECT c."responsibleUserId" AS "managerUserId", u."name" AS "managerName", count(*)::int AS "counterparties",
           sum(${FILLED})::int AS "filled", sum(x."persons")::int AS "persons"
      FROM (SELECT c."tenantId", c."id", c."responsibleUserId", ${customFilledColumn(counted)}
              FROM "Counterparty" c WHERE ${counterpartyConditions(tenantId, filters)}) c
      ${completenessJoins(tenantId)}
      LEFT JOIN "User" u ON u."id" = c."responsibleUserId"
     WHERE ${filters.incomplete ? Prisma.sql`${FILLED} < ${counted.count}` : Prisma.sql`TRUE`}
     GROUP BY c."responsibleUserId", u."name"
     ORDER BY (u."name" IS NULL), u."name", c."responsibleUserId"`;
  return { fields: counted, groups: rows.map((r) => ({ ...r, possible: r.counterparties * counted.count })) };
}
