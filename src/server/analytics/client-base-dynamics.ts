import "server-only";
import { startOfISOWeek } from "date-fns";
import { Prisma } from "@/generated/prisma/client";
import { periodBuckets, type Granularity, type Period } from "@/domain/analytics/comparison-periods";
import { dateValue, isoDate } from "@/domain/dates/calendar-date";
import { db, useBatchResources } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { salesFacts } from "@/server/sales/sales-facts";
import type { TenantContext } from "@/server/tenant-context";

/** Three years of weeks: the page shows fewer, this only keeps a direct call bounded. */
const MAX_BUCKETS = 160;

export interface ClientBaseRow extends Period {
  /** Customers whose first sale ever falls in the bucket. */
  newCustomers: number;
  /** Customers who bought in the bucket and had bought before it. */
  returningCustomers: number;
  /** Customers whose stage became LOST in the bucket. */
  lostCustomers: number;
  /** Decimal strings: revenue and gross profit (SPEC §5.5) from new customers and from those who bought before. */
  revenueNew: string;
  revenueRegular: string;
  profitNew: string;
  profitRegular: string;
  /** Stages at the bucket's end. */
  stages: { POTENTIAL: number; ONE_TIME: number; REGULAR: number; LOST: number };
}

type SqlRow = Omit<ClientBaseRow, "from" | "to" | "stages"> & {
  n: number;
  potential: number;
  oneTime: number;
  regular: number;
  lost: number;
};

/** The bucket a date falls in, named by the first day of its (whole) week or month. */
function bucketKey(date: Date, granularity: Granularity): string {
  return granularity === "week" ? isoDate(startOfISOWeek(date)) : `${isoDate(date).slice(0, 7)}-01`;
}

/**
 * SPEC §7.3, per week or month of a period: new customers (first sale ever in the bucket), customers lost (a stage
 * change to LOST in the bucket), revenue and gross profit from new customers vs those who had bought before, and
 * the customers per stage at the bucket's end. `managerUserId` narrows everything to the counterparties he is
 * responsible for. Definitions and their reasons: docs/decisions/0013-client-base-dynamics.md.
 */
export async function clientBaseDynamics(
  ctx: TenantContext,
  input: Period & { granularity: Granularity; managerUserId?: string },
): Promise<ClientBaseRow[]> {
  const { granularity } = input;
  const buckets = periodBuckets(input, granularity);
  if (buckets.length === 0 || buckets.length > MAX_BUCKETS) throw new ValidationError({ to: "validation.range" });
  const tenantId = ctx.tenant.id;
  const timeZone = ctx.tenant.timeZone;
  const keys = buckets.map((b) => bucketKey(dateValue(b.from), granularity));
  const from = dateValue(input.from);
  const to = dateValue(input.to);
  // `date_trunc(…, timestamp)` names a date's bucket like `bucketKey`; history times are stored in UTC and read as
  // calendar days in the tenant's zone.
  const keyOf = (day: Prisma.Sql) => Prisma.sql`date_trunc(${granularity}, (${day})::timestamp)::date`;
  const localDay = (at: Prisma.Sql) => Prisma.sql`((${at} AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date`;
  const periodEnd = Prisma.sql`(((${to}::date + 1)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC')`;
  const managerOf = (counterpartyId: Prisma.Sql) =>
    input.managerUserId
      ? Prisma.sql`AND ${counterpartyId} IN (SELECT "id" FROM "Counterparty" WHERE "tenantId" = ${tenantId} AND "responsibleUserId" = ${input.managerUserId})`
      : Prisma.empty;
  const responsible = input.managerUserId
    ? Prisma.sql`AND c."responsibleUserId" = ${input.managerUserId}`
    : Prisma.empty;

  const sql = Prisma.sql`
    WITH buckets AS (
      SELECT key, n FROM unnest(${keys}::date[]) WITH ORDINALITY AS b(key, n)
    ), facts AS MATERIALIZED (
      SELECT f."counterpartyId" AS id, ${keyOf(Prisma.sql`f."date"`)} AS key, sum(f."revenue") AS revenue, sum(f."grossProfit") AS profit
      FROM ${salesFacts(tenantId, from, to)} f
      WHERE true ${managerOf(Prisma.sql`f."counterpartyId"`)}
      GROUP BY 1, 2
    ), firsts AS MATERIALIZED (
      -- Whoever bought in the period: new in the bucket of his first sale ever (the counterparty's "firstSaleOn",
      -- kept by the shipment writes, which the KPIs read too), unless that was before the period.
      SELECT c."id", CASE WHEN c."firstSaleOn" >= ${from}::date THEN ${keyOf(Prisma.sql`c."firstSaleOn"`)} END AS first_key
      FROM "Counterparty" c
      WHERE c."tenantId" = ${tenantId} AND c."id" IN (SELECT id FROM facts)
    ), sales AS (
      SELECT f.key,
             count(*) FILTER (WHERE f.key = s.first_key) AS new_customers,
             count(*) FILTER (WHERE s.first_key IS DISTINCT FROM f.key) AS returning_customers,
             sum(f.revenue) FILTER (WHERE f.key = s.first_key) AS revenue_new,
             sum(f.revenue) FILTER (WHERE s.first_key IS DISTINCT FROM f.key) AS revenue_regular,
             sum(f.profit) FILTER (WHERE f.key = s.first_key) AS profit_new,
             sum(f.profit) FILTER (WHERE s.first_key IS DISTINCT FROM f.key) AS profit_regular
      FROM facts f JOIN firsts s USING (id)
      GROUP BY f.key
    ), changes AS MATERIALIZED (
      SELECT ch."counterpartyId" AS id, ch."id" AS change_id, ch."toValue" AS stage, ch."createdAt" AS at,
             ${localDay(Prisma.sql`ch."createdAt"`)} AS day, c."isCustomer" AS customer, c."archived"
      FROM "ClassificationChange" ch
      JOIN "Counterparty" c ON c."tenantId" = ${tenantId} AND c."id" = ch."counterpartyId"
      WHERE ch."tenantId" = ${tenantId} AND ch."dimension" = 'STAGE' AND ch."createdAt" < ${periodEnd}
        ${responsible}
    ), lost AS (
      SELECT ${keyOf(Prisma.sql`day`)} AS key, count(DISTINCT id) AS lost_customers
      FROM changes WHERE stage = 'LOST' AND day >= ${from}::date
      GROUP BY 1
    ), last_in_bucket AS (
      -- A counterparty's stage at a bucket's end is the one his last change up to then set; changes before the
      -- period count from its first bucket.
      SELECT DISTINCT ON (id, key) id, key, stage, customer
      FROM (SELECT *, greatest(${keyOf(Prisma.sql`day`)}, ${keys[0]}::date) AS key FROM changes WHERE NOT archived) e
      ORDER BY id, key, at DESC, change_id DESC
    ), spans AS (
      SELECT key, stage, customer, lead(key) OVER (PARTITION BY id ORDER BY key) AS until FROM last_in_bucket
    ), steps AS (
      -- +1 where a stage starts and -1 where it ends, per bucket; "staged" counts the customers out of POTENTIAL.
      SELECT key, stage, customer, count(*) AS d FROM spans GROUP BY 1, 2, 3
      UNION ALL
      SELECT until, stage, customer, -count(*) FROM spans WHERE until IS NOT NULL GROUP BY 1, 2, 3
    ), created AS (
      -- Customers count from their creation, or from their first stage change where a merge brought older history.
      SELECT greatest(least(${keyOf(localDay(Prisma.sql`c."createdAt"`))}, h.first_key), ${keys[0]}::date) AS key, count(*) AS d
      FROM "Counterparty" c
      LEFT JOIN (SELECT id, min(key) AS first_key FROM last_in_bucket GROUP BY id) h ON h.id = c."id"
      WHERE c."tenantId" = ${tenantId} AND c."isCustomer" AND NOT c."archived" AND (c."createdAt" < ${periodEnd} OR h.id IS NOT NULL)
        ${responsible}
      GROUP BY 1
    ), stage_steps AS (
      SELECT key, sum(d) FILTER (WHERE stage = 'ONE_TIME') AS one_time, sum(d) FILTER (WHERE stage = 'REGULAR') AS regular,
             sum(d) FILTER (WHERE stage = 'LOST') AS lost, sum(d) FILTER (WHERE stage <> 'POTENTIAL' AND customer) AS staged
      FROM steps GROUP BY key
    )
    SELECT b.n::int AS n,
           coalesce(s.new_customers, 0)::int AS "newCustomers", coalesce(s.returning_customers, 0)::int AS "returningCustomers",
           coalesce(l.lost_customers, 0)::int AS "lostCustomers",
           coalesce(s.revenue_new, 0)::numeric(18, 2)::text AS "revenueNew", coalesce(s.revenue_regular, 0)::numeric(18, 2)::text AS "revenueRegular",
           coalesce(s.profit_new, 0)::numeric(18, 2)::text AS "profitNew", coalesce(s.profit_regular, 0)::numeric(18, 2)::text AS "profitRegular",
           (sum(coalesce(cr.d, 0) - coalesce(st.staged, 0)) OVER w)::int AS potential, (sum(coalesce(st.one_time, 0)) OVER w)::int AS "oneTime",
           (sum(coalesce(st.regular, 0)) OVER w)::int AS regular, (sum(coalesce(st.lost, 0)) OVER w)::int AS lost
    FROM buckets b
    LEFT JOIN sales s ON s.key = b.key
    LEFT JOIN lost l ON l.key = b.key
    LEFT JOIN stage_steps st ON st.key = b.key
    LEFT JOIN created cr ON cr.key = b.key
    WINDOW w AS (ORDER BY b.n)
    ORDER BY b.n`;
  // The per-customer aggregation and the history sort take a few megabytes each: in memory, not on disk.
  const rows = await db().$transaction(
    async (tx) => {
      await useBatchResources(tx);
      return tx.$queryRaw<SqlRow[]>`${sql}`;
    },
    { timeout: 60_000 },
  );

  return rows.map(({ n, potential, oneTime, regular, lost, ...figures }) => ({
    ...buckets[n - 1]!,
    ...figures,
    stages: { POTENTIAL: potential, ONE_TIME: oneTime, REGULAR: regular, LOST: lost },
  }));
}
