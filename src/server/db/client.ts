import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { tenantGuard } from "./tenant-guard";
import { logError } from "@/server/log";

function tenantModelsOf(client: PrismaClient): Set<string> {
  const models = (
    client as unknown as { _runtimeDataModel: { models: Record<string, { fields: { name: string }[] }> } }
  )._runtimeDataModel.models;
  return new Set(
    Object.entries(models)
      .filter(([, m]) => m.fields.some((f) => f.name === "tenantId"))
      .map(([n]) => n),
  );
}

/**
 * A busy server queues a transaction for a free connection as it queues a plain query, rather than failing the
 * request after Prisma's default two seconds (seen at 16 concurrent dashboards: "Unable to start a transaction").
 */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 15_000 };

/**
 * random_page_cost: the planner's cost of a random page read, as for SSDs (PostgreSQL's default of 4 is for spinning
 * disks). At 4 it priced the KPI queries' index-only streams above sequential scans and sorts that measured twice as
 * slow.
 * jit: off. The KPI and classification queries cost enough to be JIT-compiled, and compiling took longer than it
 * saved: 100–150 ms per query, the KPI figures 711 → 429 ms (docs/performance.md).
 * max_parallel_workers_per_gather: 0. Pages run side by side; parallel workers of one query re-read what they share
 * and leave less of the cores to the other requests (the rating page 866–933 → 760–780 ms p50 alone). The nightly
 * batch work (the classification run, the client-base dynamics) asks for workers in its own transaction.
 */
const SESSION_OPTIONS = "-c random_page_cost=1.1 -c jit=off -c max_parallel_workers_per_gather=0";

/** For one batch transaction that reads a tenant's whole history: memory to sort in, and parallel workers. */
export async function useBatchResources(tx: Tx) {
  await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
  await tx.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 2`;
}

export function createPrismaClient(databaseUrl: string) {
  return new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: databaseUrl, max: 10, options: SESSION_OPTIONS },
      {
        // A dropped connection (a database restart) is replaced by the pool; the log says it happened.
        onPoolError: (error) => logError(error, { operation: "database pool" }),
        onConnectionError: (error) => logError(error, { operation: "database connection" }),
      },
    ),
    transactionOptions: TRANSACTION_OPTIONS,
  });
}

export function createGuardedClient(base: PrismaClient) {
  return base.$extends(tenantGuard(tenantModelsOf(base)));
}

export type Db = ReturnType<typeof createGuardedClient>;
/** The transaction client handed to `db().$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
