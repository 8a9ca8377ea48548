/**
 * `npm run bench:seed -- --scale S [--seed N] [--fresh]`: a large tenant (scale 1: 100,000 counterparties,
 * 200,000 contact persons, 1,000,000 orders with about 3,000,000 lines and their shipments and payments, 50
 * managers) and 1,000 × S small tenants beside it, written with COPY. Deterministic: the same seed and scale give
 * the same data. Also writes 1,000,000 × S interactions for the large tenant. Uses DATABASE_URL, or an embedded
 * PostgreSQL in .data/bench (BENCH_DATA_DIR).
 */
import { resolve } from "node:path";
import pg from "pg";
import { hashPassword } from "@/server/auth/password";
import { applyMigrations } from "../scripts/lib/migrations";
import { assertLocalDatabase, recreateDatabase } from "../scripts/lib/recreate-database";
import { BENCH_PASSWORD, benchDatabase } from "./lib/bench-database";
import { planTenant } from "./lib/tenant-plan";
import { writeTenants } from "./lib/write-tenants";
import { reportPgErrors } from "../scripts/lib/pg-errors";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const scale = Number(option("scale", "1"));
const seed = Number(option("seed", "20261123"));
if (!(scale > 0 && scale <= 10) || !Number.isInteger(seed)) {
  console.error("Usage: npm run bench:seed -- --scale S (0 < S ≤ 10) [--seed N] [--fresh]");
  process.exit(2);
}

const root = resolve(import.meta.dirname, "..");
const database = await benchDatabase(root);
try {
  if (args.includes("--fresh")) {
    assertLocalDatabase(database.url);
    await recreateDatabase(database.url);
  }
  await applyMigrations(database.url);
  const pool = reportPgErrors(new pg.Pool({ connectionString: database.url, max: 2 }), "bench:seed");
  const client = await pool.connect();
  try {
    const exists = await client.query(`SELECT 1 FROM "Tenant" WHERE slug = 'bench'`);
    if (exists.rowCount) {
      console.log("bench:seed: the database already holds the benchmark tenant; pass --fresh to generate it again.");
      process.exit(0);
    }
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    const big = {
      counterparties: Math.round(100_000 * scale),
      persons: Math.round(200_000 * scale),
      orders: Math.round(1_000_000 * scale),
      interactions: Math.round(1_000_000 * scale),
      managers: 50,
      products: 2_000,
      years: 10,
    };
    const small = { counterparties: 20, persons: 20, orders: 10, interactions: 20, managers: 1, products: 5, years: 2 };
    const plans = [
      planTenant(0, seed, big, today),
      ...Array.from({ length: Math.round(1_000 * scale) }, (_, i) => planTenant(i + 1, seed + i + 1, small, today)),
    ];
    const started = Date.now();
    let total = 0;
    await client.query("BEGIN");
    await writeTenants(client, plans, await hashPassword(BENCH_PASSWORD), today, (table, rows, ms) => {
      total += rows;
      console.log(
        `  ${table.padEnd(18)} ${String(rows).padStart(10)} rows  ${(ms / 1000).toFixed(1).padStart(6)} s  ${Math.round(
          rows / Math.max(ms / 1000, 0.001),
        )
          .toLocaleString("en")
          .padStart(10)} rows/s`,
      );
    });
    await client.query(`
      INSERT INTO "DocumentCounter" ("tenantId", "kind", "lastNumber")
      SELECT "tenantId", 'ORDER'::"DocumentKind", MAX("number") FROM "Order" GROUP BY 1
      UNION ALL SELECT "tenantId", 'SHIPMENT'::"DocumentKind", MAX("number") FROM "Shipment" GROUP BY 1
      UNION ALL SELECT "tenantId", 'PAYMENT'::"DocumentKind", MAX("number") FROM "Payment" GROUP BY 1`);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `bench:seed: ${total.toLocaleString("en")} rows in ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString("en")} rows/s), scale ${scale}, seed ${seed}`,
    );
    console.log(
      `bench:seed: sign in at /t/bench as manager1@bench.test or director@bench.test, password "${BENCH_PASSWORD}"`,
    );
  } finally {
    client.release();
    await pool.end();
  }
} finally {
  await database.stop();
}
