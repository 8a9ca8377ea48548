import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";

export interface BulkColumn {
  name: string;
  /** The PostgreSQL type of the column, e.g. `text`, `boolean`, `jsonb`, `"ContactInfoType"`. */
  type: string;
}

/**
 * Inserts many rows in one statement, `INSERT … SELECT * FROM unnest($1::t1[], $2::t2[], …)`: one array parameter
 * per column, whatever the number of rows. For imports, where createMany's per-row work dominates (see
 * docs/performance.md). Table and column names are the code's constants, never input.
 */
export async function bulkInsert(
  tx: Tx,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly unknown[][],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Prisma.raw(columns.map((c) => `"${c.name}"`).join(", "));
  const arrays = Prisma.join(
    columns.map((c, i) => Prisma.sql`${rows.map((r) => r[i] ?? null)}::${Prisma.raw(c.type)}[]`),
  );
  await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) SELECT * FROM unnest(${arrays})`;
}
