import { join } from "node:path";
import { startLocalPostgres } from "../../scripts/lib/local-postgres";

export const BENCH_PASSWORD = "bench-password";

const BENCH_PORT = Number(process.env.BENCH_PG_PORT ?? 54340);

/**
 * The benchmark's database: DATABASE_URL when set, otherwise an embedded PostgreSQL of its own in .data/bench (or
 * BENCH_DATA_DIR: `npm test` runs the scripts at a small scale in a folder of its own).
 */
export async function benchDatabase(root: string) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const dataDir = process.env.BENCH_DATA_DIR ?? join(root, ".data", "bench");
  const server = await startLocalPostgres({
    dataDir: join(dataDir, "postgres"),
    port: BENCH_PORT,
    database: "crm_bench",
  });
  return { url: server.url, stop: () => server.stop() };
}
