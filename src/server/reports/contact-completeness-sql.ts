import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { FieldType } from "@/domain/custom-fields/field-definition";
import type { ContactReportFilters } from "@/domain/reports/report-filters";
import { NONE } from "@/domain/reports/report-filters";
import { db } from "@/server/db";

/** The built-in completeness fields of SPEC §7.1.1, in the order the report shows them. */
const BUILT_IN_FIELDS = ["phone", "email", "address", "contactPerson"] as const;

export interface CompletenessFields {
  custom: { key: string; type: FieldType }[];
  /** Fields each counterparty can fill: the built-in ones and the tenant's custom ones that count. */
  count: number;
}

/** The admin's fields that count toward completeness (SPEC §3.1): counterparty fields, not archived. */
export async function completenessFields(tenantId: string): Promise<CompletenessFields> {
  const custom = await db().fieldDefinition.findMany({
    where: { tenantId, entity: "COUNTERPARTY", countsForCompleteness: true, archived: false },
    select: { key: true, type: true },
    orderBy: { key: "asc" },
  });
  return { custom, count: BUILT_IN_FIELDS.length + custom.length };
}

/**
 * Whether the counterparty `c` holds a value for a custom field: the SQL twin of `isFilled`
 * (src/domain/custom-fields/completeness.ts), decided by the JSONB type and emptiness alone.
 */
function customFieldFilled(field: { key: string; type: FieldType }): Prisma.Sql {
  const value = Prisma.sql`(c."customFields" -> ${field.key}::text)`;
  switch (field.type) {
    case "BOOLEAN":
      return Prisma.sql`(jsonb_typeof(${value}) = 'boolean')`;
    case "NUMBER":
      return Prisma.sql`(jsonb_typeof(${value}) = 'number')`;
    case "MULTISELECT":
      return Prisma.sql`(jsonb_typeof(${value}) = 'array' AND ${value} <> '[]'::jsonb)`;
    default:
      return Prisma.sql`(jsonb_typeof(${value}) = 'string' AND ${value} <> '""'::jsonb)`;
  }
}

/** Over "Counterparty" c: how many of the custom completeness fields it has filled. */
export function customFilledCount(fields: CompletenessFields): Prisma.Sql {
  if (fields.custom.length === 0) return Prisma.sql`0`;
  // A missing key reads as NULL: coalesce makes it "not filled" rather than an unknown sum.
  return Prisma.sql`(${Prisma.join(
    fields.custom.map((f) => Prisma.sql`coalesce(${customFieldFilled(f)}, false)::int`),
    " + ",
  )})`;
}

/** customFilledCount as a column of a select over "Counterparty" c. */
export function customFilledColumn(fields: CompletenessFields): Prisma.Sql {
  return Prisma.sql`${customFilledCount(fields)} AS "customFilled"`;
}

const CONTACT_TYPES = Prisma.sql`('PHONE', 'EMAIL', 'ADDRESS')`;
/** Over a counterparty's contact entries `ci`: how many of phone, e-mail and address are among them. */
const CONTACTS_FILLED = Prisma.sql`(coalesce(bool_or(ci."type" = 'PHONE'), false)::int + coalesce(bool_or(ci."type" = 'EMAIL'), false)::int
  + coalesce(bool_or(ci."type" = 'ADDRESS'), false)::int)`;

/**
 * Joined after a subquery `c` (with "tenantId", "id" and "customFilled"): `x."contacts"` counts which of phone,
 * e-mail and address the counterparty has among its own contact entries, `x."persons"` the people who work there
 * now (an employment not ended). Two index probes per counterparty: for the few rows of a page or a batch.
 */
export const COMPLETENESS_LATERAL = Prisma.sql`
  CROSS JOIN LATERAL (SELECT
    (SELECT ${CONTACTS_FILLED} FROM "ContactInfo" ci
      WHERE ci."tenantId" = c."tenantId" AND ci."counterpartyId" = c."id" AND ci."type" IN ${CONTACT_TYPES}) AS "contacts",
    (SELECT count(*)::int FROM "Employment" e
      WHERE e."tenantId" = c."tenantId" AND e."counterpartyId" = c."id" AND e."endedOn" IS NULL) AS "persons"
  ) x`;

/**
 * The same `x."contacts"` and `x."persons"` for a whole tenant at once: both tables grouped per counterparty in one
 * pass and hash-joined. Probing 100,000 counterparties one by one took 4 s; this takes a fraction of that.
 */
export function completenessJoins(tenantId: string): Prisma.Sql {
  return Prisma.sql`
    LEFT JOIN (SELECT ci."counterpartyId", ${CONTACTS_FILLED} AS "contacts" FROM "ContactInfo" ci
                WHERE ci."tenantId" = ${tenantId} AND ci."counterpartyId" IS NOT NULL AND ci."type" IN ${CONTACT_TYPES}
                GROUP BY ci."counterpartyId") ci ON ci."counterpartyId" = c."id"
    LEFT JOIN (SELECT e."counterpartyId", count(*)::int AS "persons" FROM "Employment" e
                WHERE e."tenantId" = ${tenantId} AND e."endedOn" IS NULL
                GROUP BY e."counterpartyId") e ON e."counterpartyId" = c."id"
    CROSS JOIN LATERAL (SELECT coalesce(ci."contacts", 0) AS "contacts", coalesce(e."persons", 0) AS "persons") x`;
}

/** The filled (counterparty, field) pairs of a row of `c` joined with COMPLETENESS_LATERAL or completenessJoins. */
export const FILLED = Prisma.sql`(x."contacts" + (x."persons" > 0)::int + c."customFilled")`;

/** The counterparties the report covers: the tenant's customers that are not archived, narrowed by the filters. */
export function counterpartyConditions(
  tenantId: string,
  filters: Pick<ContactReportFilters, "manager" | "kind">,
): Prisma.Sql {
  const conditions = [Prisma.sql`c."tenantId" = ${tenantId}`, Prisma.sql`c."isCustomer"`, Prisma.sql`NOT c."archived"`];
  if (filters.manager === NONE) conditions.push(Prisma.sql`c."responsibleUserId" IS NULL`);
  else if (filters.manager) conditions.push(Prisma.sql`c."responsibleUserId" = ${filters.manager}`);
  if (filters.kind) conditions.push(Prisma.sql`c."kind" = ${filters.kind}::"CounterpartyKind"`);
  return Prisma.join(conditions, " AND ");
}
