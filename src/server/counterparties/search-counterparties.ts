import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { customFilters, escapeLike, type ListQuery } from "@/domain/counterparties/list-query";
import type { FieldDefinition } from "@/domain/custom-fields/field-definition";
import { phoneSearchDigits } from "@/domain/contact-info/normalize";
import { seesOnlyOwnCounterparties } from "@/domain/tenants/tenant-settings";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

export interface CounterpartyRow {
  id: string;
  name: string;
  kind: "LEGAL_ENTITY" | "INDIVIDUAL";
  taxId: string | null;
  createdAt: Date;
  responsibleName: string | null;
  sourceName: string | null;
  phone: string | null;
  email: string | null;
  customFields: Record<string, unknown>;
  abcClass: "A" | "B" | "C" | null;
  stage: "POTENTIAL" | "ONE_TIME" | "REGULAR" | "LOST";
  xyzClass: "X" | "Y" | "Z" | null;
}

const SORT_SQL = {
  name: Prisma.sql`c."name"`,
  createdAt: Prisma.sql`c."createdAt"`,
  taxId: Prisma.sql`c."taxId"`,
  responsible: Prisma.sql`c."responsibleName"`,
} as const;

const RELATION_SQL = {
  customer: Prisma.sql`c."isCustomer"`,
  supplier: Prisma.sql`c."isSupplier"`,
  partner: Prisma.sql`c."isPartner"`,
  competitor: Prisma.sql`c."isCompetitor"`,
  other: Prisma.sql`c."isOther"`,
} as const;

/**
 * Ids of the tenant's counterparties that match a search: names and legal names (substring, or trigram-similar for
 * typos), the start of the ИНН, any phone, e-mail or website of the company or of the people who work or worked
 * there, and those people's last names (with the first name when two words are typed). Every branch is a single
 * indexable condition — an OR across columns would make PostgreSQL scan the whole table (EXPLAIN showed 0.5–1 s at
 * 100,000 counterparties) — and the union of the small results feeds `id IN (…)`.
 */
function searchMatches(tenantId: string, q: string): Prisma.Sql {
  const like = `%${escapeLike(q.toLowerCase())}%`;
  const digits = phoneSearchDigits(q);
  const contactLike = digits ? `%${digits}%` : like;
  const [lastName, firstName] = q.split(/\s+/);
  const personLike = `%${escapeLike((firstName ? lastName! : q).toLowerCase())}%`;
  const personFirstName = firstName ? Prisma.sql`AND p."firstName" ILIKE ${`${escapeLike(firstName)}%`}` : Prisma.empty;
  const taxIdBranch = /^\d{3,12}$/.test(q)
    ? Prisma.sql`UNION SELECT c."id" FROM "Counterparty" c WHERE c."tenantId" = ${tenantId} AND c."taxId" >= ${q} AND c."taxId" < ${`${q}:`}`
    : Prisma.empty;
  const fuzzyPerson = firstName ? lastName! : q;
  // Substring matches first; trigram similarity (typos) only when nothing matched exactly. Similarity over a short
  // word matches thousands of names and cost 150–200 ms a branch at 100,000 counterparties (docs/performance.md);
  // the NOT EXISTS is evaluated once, so the fuzzy branches are skipped whenever there is an exact match.
  return Prisma.sql`
    WITH exact AS MATERIALIZED (
      SELECT c."id" FROM "Counterparty" c
        WHERE c."tenantId" = ${tenantId} AND c."name" ILIKE ${like}
      UNION
      SELECT c."id" FROM "Counterparty" c
        WHERE c."tenantId" = ${tenantId} AND c."legalName" ILIKE ${like}
      ${taxIdBranch}
      UNION
      SELECT ci."counterpartyId" FROM "ContactInfo" ci
        WHERE ci."tenantId" = ${tenantId} AND ci."counterpartyId" IS NOT NULL AND ci."normalized" LIKE ${contactLike}
      UNION
      SELECT e."counterpartyId" FROM "ContactInfo" ci
        JOIN "Employment" e ON e."tenantId" = ci."tenantId" AND e."contactPersonId" = ci."contactPersonId"
        WHERE ci."tenantId" = ${tenantId} AND ci."normalized" LIKE ${contactLike}
      UNION
      SELECT e."counterpartyId" FROM "ContactPerson" p
        JOIN "Employment" e ON e."tenantId" = p."tenantId" AND e."contactPersonId" = p."id"
        WHERE p."tenantId" = ${tenantId} AND p."lastName" ILIKE ${personLike} ${personFirstName}
    )
    SELECT "id" FROM exact
    UNION
    SELECT c."id" FROM "Counterparty" c
      WHERE NOT EXISTS (SELECT 1 FROM exact) AND c."tenantId" = ${tenantId} AND c."name" % ${q}
    UNION
    SELECT e."counterpartyId" FROM "ContactPerson" p
      JOIN "Employment" e ON e."tenantId" = p."tenantId" AND e."contactPersonId" = p."id"
      WHERE NOT EXISTS (SELECT 1 FROM exact) AND p."tenantId" = ${tenantId} AND p."lastName" % ${fuzzyPerson} ${personFirstName}`;
}

/**
 * A condition on an admin-designed field that the list offers as a filter: exact matches use the JSONB GIN index
 * (`@>`), text fields match a substring.
 */
function customFieldCondition(field: Pick<FieldDefinition, "key" | "type">, value: string): Prisma.Sql {
  switch (field.type) {
    case "MULTISELECT":
      return Prisma.sql`c."customFields" @> ${JSON.stringify({ [field.key]: [value] })}::jsonb`;
    case "BOOLEAN":
      return value === "true"
        ? Prisma.sql`c."customFields" @> ${JSON.stringify({ [field.key]: true })}::jsonb`
        : Prisma.sql`NOT (c."customFields" @> ${JSON.stringify({ [field.key]: true })}::jsonb)`;
    case "SELECT":
    case "USER":
      return Prisma.sql`c."customFields" @> ${JSON.stringify({ [field.key]: value })}::jsonb`;
    default:
      return Prisma.sql`c."customFields" ->> ${field.key} ILIKE ${`%${escapeLike(value)}%`}`;
  }
}

/**
 * How a list's total is counted: exactly; only up to `upTo` rows, a larger total reading as "more than upTo" (the
 * exact count of a broad filter reads every matching counterparty of the tenant, ADR 0021); or not at all.
 */
type TotalCount = "exact" | { upTo: number } | "none";

/** A list's total: `exact` false means "more than `count`". */
export interface ListTotal {
  count: number;
  exact: boolean;
}

export interface SearchOptions {
  /** The rows wanted; the query's page by default. */
  window?: Window;
  /** The admin-designed fields the query's `f.*` parameters may filter on. */
  filterableFields?: Pick<FieldDefinition, "key" | "type" | "filterable">[];
  count?: TotalCount;
}

/** One page of the counterparty list with its total, filtered, searched and sorted in PostgreSQL. */
export async function searchCounterparties(
  ctx: TenantContext,
  query: ListQuery,
  {
    window = { limit: query.size, offset: (query.page - 1) * query.size },
    filterableFields = [],
    count = "exact",
  }: SearchOptions = {},
): Promise<{ rows: CounterpartyRow[]; total: ListTotal | null }> {
  const tenantId = ctx.tenant.id;
  const ownOnly = seesOnlyOwnCounterparties(ctx.role, ctx.tenant.settings);
  const conditions: Prisma.Sql[] = [Prisma.sql`c."tenantId" = ${tenantId}`];
  if (query.archived === "only") conditions.push(Prisma.sql`c."archived"`);
  else if (query.archived !== "include") conditions.push(Prisma.sql`NOT c."archived"`);
  if (ownOnly) conditions.push(Prisma.sql`c."responsibleUserId" = ${ctx.user.id}`);
  if (query.manager === "none") conditions.push(Prisma.sql`c."responsibleUserId" IS NULL`);
  else if (query.manager) conditions.push(Prisma.sql`c."responsibleUserId" = ${query.manager}`);
  if (query.relation) conditions.push(RELATION_SQL[query.relation]);
  if (query.kind) conditions.push(Prisma.sql`c."kind" = ${query.kind}::"CounterpartyKind"`);
  if (query.source) conditions.push(Prisma.sql`c."sourceId" = ${query.source}`);
  if (query.abc) conditions.push(classified(Prisma.sql`k."abcClass" = ${query.abc}::"AbcClass"`));
  // A counterparty never classified has no row and is POTENTIAL.
  if (query.stage === "POTENTIAL") conditions.push(Prisma.sql`NOT ${classified(Prisma.sql`k."stage" <> 'POTENTIAL'`)}`);
  else if (query.stage) conditions.push(classified(Prisma.sql`k."stage" = ${query.stage}::"Stage"`));
  if (query.xyz) conditions.push(classified(Prisma.sql`k."xyzClass" = ${query.xyz}::"XyzClass"`));
  if (query.q) conditions.push(Prisma.sql`c."id" IN (${searchMatches(tenantId, query.q)})`);
  for (const [key, value] of Object.entries(customFilters(query))) {
    const field = filterableFields.find((f) => f.key === key && f.filterable);
    if (field) conditions.push(customFieldCondition(field, value));
  }

  const direction = query.dir === "desc" ? Prisma.sql`DESC NULLS LAST` : Prisma.sql`ASC NULLS LAST`;
  const order =
    query.sort || !query.q
      ? Prisma.sql`${SORT_SQL[query.sort ?? "name"]} ${direction}, c."id"`
      : Prisma.sql`similarity(c."name", ${query.q}) DESC, c."name", c."id"`;

  const where = Prisma.join(conditions, " AND ");
  return query.q ? searchedPage(where, order, window) : filteredPage(where, order, window, count);
}

/** The counterparty's classification (a CounterpartyClass row) satisfies the condition on `k`. */
function classified(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "CounterpartyClass" k WHERE k."tenantId" = c."tenantId" AND k."counterpartyId" = c."id" AND ${condition})`;
}

/** What the list shows of each row of the page, `c` being the page's rows (with "responsibleName"), `k` its classes. */
const PAGE_COLUMNS = Prisma.sql`
  c."id", c."name", c."kind", c."taxId", c."createdAt", c."customFields",
  k."abcClass", coalesce(k."stage", 'POTENTIAL') AS "stage", k."xyzClass",
  c."responsibleName", s."name" AS "sourceName",
  (SELECT ci."value" FROM "ContactInfo" ci
    WHERE ci."tenantId" = c."tenantId" AND ci."counterpartyId" = c."id" AND ci."type" = 'PHONE'
    ORDER BY ci."isPrimary" DESC, ci."position" LIMIT 1) AS "phone",
  (SELECT ci."value" FROM "ContactInfo" ci
    WHERE ci."tenantId" = c."tenantId" AND ci."counterpartyId" = c."id" AND ci."type" = 'EMAIL'
    ORDER BY ci."isPrimary" DESC, ci."position" LIMIT 1) AS "email"`;

const MATCH_COLUMNS = Prisma.sql`
  c."id", c."tenantId", c."name", c."kind", c."taxId", c."createdAt", c."customFields",
  c."sourceId", u."name" AS "responsibleName"`;

type Window = { limit: number; offset: number };

/**
 * Without a search, the page walks an index in the sort order and stops after its rows; the count is a separate
 * statement, so the page does not wait for every matching row.
 */
async function filteredPage(where: Prisma.Sql, order: Prisma.Sql, window: Window, count: TotalCount) {
  const counting =
    count === "none"
      ? null
      : count === "exact"
        ? Prisma.sql`SELECT count(*) AS "total" FROM "Counterparty" c WHERE ${where}`
        : Prisma.sql`SELECT count(*) AS "total" FROM (SELECT 1 FROM "Counterparty" c WHERE ${where} LIMIT ${count.upTo + 1}) upto`;
  const [rows, counted] = await Promise.all([
    db().$queryRaw<CounterpartyRow[]>`
      SELECT ${PAGE_COLUMNS}
        FROM (SELECT * FROM (SELECT ${MATCH_COLUMNS} FROM "Counterparty" c LEFT JOIN "User" u ON u."id" = c."responsibleUserId" WHERE ${where}) c
               ORDER BY ${order} LIMIT ${window.limit} OFFSET ${window.offset}) c
        LEFT JOIN "InformationSource" s ON s."tenantId" = c."tenantId" AND s."id" = c."sourceId"
        LEFT JOIN "CounterpartyClass" k ON k."tenantId" = c."tenantId" AND k."counterpartyId" = c."id"
       ORDER BY ${order}`,
    counting && db().$queryRaw<{ total: bigint }[]>(counting),
  ]);
  if (!counted) return { rows, total: null };
  const total = Number(counted[0]?.total ?? 0);
  return {
    rows,
    total:
      typeof count === "object" && total > count.upTo
        ? { count: count.upTo, exact: false }
        : { count: total, exact: true },
  };
}

/**
 * With a search, finding the matches (the union of the search branches) is the expensive part: they are found
 * once, counted, and only the page's rows pay for their phone, e-mail and source look-ups.
 */
async function searchedPage(where: Prisma.Sql, order: Prisma.Sql, window: Window) {
  const rows = await db().$queryRaw<(CounterpartyRow & { total: bigint })[]>`
    WITH matching AS MATERIALIZED (
      SELECT ${MATCH_COLUMNS} FROM "Counterparty" c LEFT JOIN "User" u ON u."id" = c."responsibleUserId" WHERE ${where}
    ), page AS (
      SELECT c.* FROM matching c ORDER BY ${order} LIMIT ${window.limit} OFFSET ${window.offset}
    )
    SELECT ${PAGE_COLUMNS}, (SELECT count(*) FROM matching) AS "total"
      FROM page c
      LEFT JOIN "InformationSource" s ON s."tenantId" = c."tenantId" AND s."id" = c."sourceId"
      LEFT JOIN "CounterpartyClass" k ON k."tenantId" = c."tenantId" AND k."counterpartyId" = c."id"
     ORDER BY ${order}`;
  // A page past the end has no row to carry the total: count once more (rare: a stale link).
  const total = rows[0]
    ? { count: Number(rows[0].total), exact: true }
    : window.offset > 0
      ? (await filteredPage(where, order, { limit: 0, offset: 0 }, "exact")).total
      : { count: 0, exact: true };
  return { rows: rows.map(({ total: _total, ...row }) => row), total };
}
