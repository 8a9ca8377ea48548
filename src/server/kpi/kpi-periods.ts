import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Period } from "@/domain/analytics/comparison-periods";

/**
 * The periods of one KPI request as a relation p(idx, "from", "to", "start", "end"): calendar dates for date
 * columns, and the instants of the tenant-local midnights for timestamp columns (start inclusive, end exclusive).
 * Every figure query reads its table once for all the periods (this one, the previous, a year earlier).
 */
export function periodsRelation(periods: Period[], timeZone: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT idx::int AS idx, "from", "to",
           "from"::timestamp AT TIME ZONE ${timeZone} AS "start",
           ("to" + 1)::timestamp AT TIME ZONE ${timeZone} AS "end"
    FROM unnest(${periods.map((p) => p.from)}::date[], ${periods.map((p) => p.to)}::date[]) WITH ORDINALITY AS u("from", "to", idx)
  )`;
}

/** The dates all the periods span, to bound the index range scans. */
export function spanOf(periods: Period[]): { first: string; last: string } {
  return {
    first: periods.map((p) => p.from).sort()[0]!,
    last: periods
      .map((p) => p.to)
      .sort()
      .at(-1)!,
  };
}

/** A figures row: the period (1-based, as given), the member it belongs to (null: nobody responsible), numbers. */
export type FigureRow<K extends string> = { idx: number; userId: string | null } & Record<K, number>;
