import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ContactReportFilters } from "@/domain/reports/report-filters";
import { db } from "@/server/db";
import {
  COMPLETENESS_LATERAL,
  FILLED,
  completenessJoins,
  counterpartyConditions,
  customFilledColumn,
  type CompletenessFields,
} from "./contact-completeness-sql";

export interface ContactReportRow {
  id: string;
  name: string;
  kind: "LEGAL_ENTITY" | "INDIVIDUAL";
  managerUserId: string | null;
  managerName: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  persons: number;
  filled: number;
}

/** Where the previous batch ended, in the report's order (manager name, manager, counterparty name, id). */
export interface ContactRowKey {
  unassigned: boolean;
  managerName: string;
  managerUserId: string;
  name: string;
  id: string;
}

export function contactRowKey(row: ContactReportRow): ContactRowKey {
  return {
    unassigned: row.managerUserId === null,
    managerName: row.managerName ?? "",
    managerUserId: row.managerUserId ?? "",
    name: row.name,
    id: row.id,
  };
}

/** The primary entry of a type among the counterparty's own contact information, as the list and the card pick it. */
const primary = (type: "PHONE" | "EMAIL" | "ADDRESS") => Prisma.sql`(SELECT ci."value" FROM "ContactInfo" ci
  WHERE ci."tenantId" = c."tenantId" AND ci."counterpartyId" = c."id" AND ci."type" = ${type}::"ContactInfoType"
  ORDER BY ci."isPrimary" DESC, ci."position" LIMIT 1)`;

/**
 * Rows of the contact-information report grouped by manager, from an offset (the page) or after a key (an export's
 * next batch). The counterparties are sorted first, on their own columns, and completeness is worked out for the
 * rows that are needed, rather than for a whole tenant of 100,000 counterparties for each page or batch.
 */
export async function contactReportRows(
  tenantId: string,
  filters: Omit<ContactReportFilters, "page">,
  fields: CompletenessFields,
  window: { limit: number; offset?: number; after?: ContactRowKey },
): Promise<ContactReportRow[]> {
  const after = window.after
    ? Prisma.sql`AND ((u."name" IS NULL), coalesce(u."name", ''), coalesce(c."responsibleUserId", ''), c."name", c."id")
                   > (${window.after.unassigned}, ${window.after.managerName}, ${window.after.managerUserId}, ${window.after.name}, ${window.after.id})`
    : Prisma.empty;
  // Without the completeness filter the window is cut before scoring, so only its own rows are scored. With it,
  // an export's batch scores rows as they stream past until it is full; a page, which may lie deep in the list,
  // scores the whole tenant at once (about a second at 100,000 counterparties, where streaming to page 500 took 4).
  const cut = Prisma.sql`LIMIT ${window.limit} OFFSET ${window.offset ?? 0}`;
  const scoring = filters.incomplete && !window.after ? completenessJoins(tenantId) : COMPLETENESS_LATERAL;
  return db().$queryRaw<ContactReportRow[]>`
    SELECT c."id", c."name", c."kind", c."responsibleUserId" AS "managerUserId", c."managerName",
           ${primary("PHONE")} AS "phone", ${primary("EMAIL")} AS "email", ${primary("ADDRESS")} AS "address",
           x."persons", ${FILLED}::int AS "filled"
      FROM (SELECT c."tenantId", c."id", c."name", c."kind", c."responsibleUserId", u."name" AS "managerName", ${customFilledColumn(fields)},
                   (u."name" IS NULL) AS "k0", coalesce(u."name", '') AS "k1", coalesce(c."responsibleUserId", '') AS "k2"
              FROM "Counterparty" c LEFT JOIN "User" u ON u."id" = c."responsibleUserId"
             WHERE ${counterpartyConditions(tenantId, filters)} ${after}
             ORDER BY "k0", "k1", "k2", c."name", c."id"
            ${filters.incomplete ? Prisma.sql`OFFSET 0` : cut}) c
      ${scoring}
     WHERE ${filters.incomplete ? Prisma.sql`${FILLED} < ${fields.count}` : Prisma.sql`TRUE`}
     ORDER BY c."k0", c."k1", c."k2", c."name", c."id"
     ${filters.incomplete ? cut : Prisma.empty}`;
}
