/**
 * `npm run bench`: the production build against the seeded benchmark database (`npm run bench:seed` first).
 * Pages are loaded with autocannon at concurrency 1 and 16 and compared with the floor (the cheapest page of the
 * app, /t/{slug}/ping); the 100,000-row CSV import runs through the app's own use cases; cold start and the
 * server's peak memory are taken too. Prints a table with PASS/FAIL against the targets and writes
 * bench/results/latest.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { ensureProductionBuild } from "../scripts/lib/build";
import { localSecret } from "../scripts/lib/app-env";
import { applyMigrations } from "../scripts/lib/migrations";
import { BENCH_PASSWORD, benchDatabase } from "./lib/bench-database";
import { signIn, startAppServer } from "./lib/app-server";
import { load, type LoadResult } from "./lib/load";
import { measureImport } from "./lib/measure-import";
import { measureClassification } from "./lib/measure-classification";
import { reportPgErrors } from "../scripts/lib/pg-errors";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Where latest.json and latest.md go: `npm test`'s small run keeps the committed results as they are. */
const RESULTS = process.env.BENCH_RESULTS_DIR ?? join(resolve(import.meta.dirname, ".."), "bench", "results");
const PORT = Number(process.env.BENCH_APP_PORT ?? 3200);
const root = resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[bench] ${line}`);

await ensureProductionBuild(root, log);
const database = await benchDatabase(root);
await applyMigrations(database.url);
const db = reportPgErrors(new pg.Client({ connectionString: database.url }), "bench");
await db.connect();
const tenant = (await db.query<{ id: string }>(`SELECT id FROM "Tenant" WHERE slug = 'bench'`)).rows[0];
if (!tenant) {
  console.error("bench: no benchmark tenant in the database; run `npm run bench:seed -- --scale 1` first.");
  process.exit(2);
}
const scale =
  Number(
    (await db.query(`SELECT COUNT(*)::int AS n FROM "Counterparty" WHERE "tenantId" = $1`, [tenant.id])).rows[0].n,
  ) / 100_000;
const [largest] = (
  await db.query(
    `SELECT "counterpartyId" AS id, COUNT(*)::int AS orders FROM "Order" WHERE "tenantId" = $1 GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    [tenant.id],
  )
).rows;
const [bigOrder] = (
  await db.query(
    `SELECT id FROM "Order" WHERE "tenantId" = $1 AND status = 'CONFIRMED' AND "shipmentState" = 'PARTLY_SHIPPED' ORDER BY number DESC LIMIT 1`,
    [tenant.id],
  )
).rows;
const [manager] = (
  await db.query(
    `SELECT "userId" AS id FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."tenantId" = $1 AND u.email = 'manager1@bench.test'`,
    [tenant.id],
  )
).rows;

// Classified first, as a tenant is every night: the classification report and the KPIs then read a real history.
const classified = await measureClassification(database.url, tenant.id);
log(
  `classification of ${classified.customers} customers, ${classified.shipments} shipments (${classified.shipmentLines} lines): first run ${classified.firstRunSeconds.toFixed(2)} s, ` +
    `repeat ${classified.repeatRunSeconds.toFixed(2)} s; floor: aggregate over the shipments ${classified.shipmentAggregateSeconds.toFixed(2)} s, over the lines ${classified.lineAggregateSeconds.toFixed(2)} s`,
);
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NODE_ENV: "production" as const,
  NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(join(root, ".data")),
};
const server = await startAppServer(root, PORT, env);
log(`cold start ${server.coldStartMs} ms; scale ${scale}`);
const managerCookie = await signIn(server.base, "manager1@bench.test", BENCH_PASSWORD);
const directorCookie = await signIn(server.base, "director@bench.test", BENCH_PASSWORD);

// Targets hold at concurrency 16, except the KPI pages: SPEC §7 asks for one request under 1 s.
const pages: {
  name: string;
  path: string;
  cookie: string;
  target: { p95: number; rps?: number; concurrency?: 1 | 16 };
}[] = [
  { name: "floor: /ping (one row)", path: "/t/bench/ping", cookie: managerCookie, target: { p95: 150 } },
  {
    name: "counterparty list: search + filter",
    path: `/t/bench/counterparties?q=${encodeURIComponent("Альфа")}&manager=${manager.id}&f.region=msk&sort=name`,
    cookie: managerCookie,
    target: { p95: 150, rps: 100 },
  },
  {
    name: "counterparty list: filter only",
    path: `/t/bench/counterparties?f.region=spb&relation=customer`,
    cookie: managerCookie,
    target: { p95: 150, rps: 100 },
  },
  {
    name: "card of the largest customer",
    path: `/t/bench/counterparties/${largest.id}`,
    cookie: directorCookie,
    target: { p95: 150 },
  },
  {
    name: "order analysis",
    path: `/t/bench/orders/${bigOrder?.id ?? ""}`,
    cookie: directorCookie,
    target: { p95: 150 },
  },
  { name: "order list", path: `/t/bench/orders?status=OPEN`, cookie: directorCookie, target: { p95: 150 } },
  {
    name: "settlements of the largest customer",
    path: `/t/bench/counterparties/${largest.id}/settlements`,
    cookie: directorCookie,
    target: { p95: 150 },
  },
  {
    name: "calendar, week of all managers",
    path: `/t/bench/calendar?view=week&user=all`,
    cookie: directorCookie,
    target: { p95: 150 },
  },
  { name: "calendar, a manager's agenda", path: `/t/bench/calendar`, cookie: managerCookie, target: { p95: 150 } },
  {
    name: "classification report",
    path: `/t/bench/analytics/classification`,
    cookie: directorCookie,
    target: { p95: 150 },
  },
  {
    name: "manager KPIs, 50 managers, 12 months",
    path: `/t/bench/analytics/managers`,
    cookie: directorCookie,
    target: { p95: 1000, concurrency: 1 },
  },
  {
    name: "rating dashboard, 50 managers, 12 months",
    path: `/t/bench/analytics/rating`,
    cookie: directorCookie,
    target: { p95: 1000, concurrency: 1 },
  },
];

/**
 * Requests the load tool gave up on (a timeout at concurrency 16) leave their queries running in PostgreSQL; the
 * next measurement waits for them to end rather than measuring against them.
 */
async function untilDatabaseIdle() {
  for (const end = Date.now() + 120_000; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
    const busy = await db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid()`,
    );
    if (busy.rows[0].n === 0) return;
  }
}

interface Row {
  name: string;
  concurrency: number;
  result: LoadResult;
  ratio: number;
  pass: boolean | null;
}
const rows: Row[] = [];
const floor: Record<number, number> = {};
for (const page of pages) {
  // One warm-up request per page, so the first render's compilation is not measured.
  await fetch(`${server.base}${page.path}`, { headers: { cookie: page.cookie } });
  for (const concurrency of [1, 16]) {
    await untilDatabaseIdle();
    const result = await load(`${server.base}${page.path}`, page.cookie, concurrency, SECONDS);
    if (page === pages[0]) floor[concurrency] = result.p95;
    const targetConcurrency = page.target.concurrency ?? 16;
    const checksRps = concurrency === targetConcurrency && page.target.rps !== undefined;
    // At the other concurrency only errors fail a page.
    const pass =
      concurrency !== targetConcurrency
        ? result.errors === 0
          ? null
          : false
        : result.errors === 0 && result.p95 < page.target.p95 && (!checksRps || result.rps >= page.target.rps!);
    rows.push({ name: page.name, concurrency, result, ratio: result.p95 / Math.max(floor[concurrency]!, 0.1), pass });
    log(
      `${page.name} c=${concurrency}: p50 ${result.p50} p95 ${result.p95} p99 ${result.p99} ms, ${result.rps.toFixed(1)} req/s, ${result.errors} errors`,
    );
  }
}
const peakRss = server.peakRss();
await server.stop();

const imported = process.env.BENCH_SKIP_IMPORT
  ? { rows: 0, seconds: NaN, floorSeconds: NaN, created: 0 }
  : await measureImport(database.url, Math.max(1_000, Math.round(100_000 * scale)));
log(
  `import of ${imported.rows} rows: ${imported.seconds.toFixed(1)} s (floor: COPY of the same rows ${imported.floorSeconds.toFixed(1)} s)`,
);
await db.end();
await database.stop();

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}`;
const checks = [
  { name: "cold start", value: `${(server.coldStartMs / 1000).toFixed(1)} s`, pass: server.coldStartMs < 10_000 },
  { name: "server peak RSS under load", value: `${Math.round(peakRss / 2 ** 20)} MB`, pass: peakRss < 600 * 2 ** 20 },
  {
    name: `CSV import of ${imported.rows.toLocaleString("en")} counterparties`,
    value: `${imported.seconds.toFixed(1)} s (${(imported.seconds / imported.floorSeconds).toFixed(1)}× COPY)`,
    pass: imported.seconds < 60,
  },
  ...classificationChecks(classified),
];

/** SPEC §6.3 target: under 5 s, and within 2× one plain aggregate over the same shipment lines. */
function classificationChecks(m: Awaited<ReturnType<typeof measureClassification>>) {
  const floor = `aggregate over the ${m.shipmentLines.toLocaleString("en")} shipment lines ${m.lineAggregateSeconds.toFixed(2)} s, over the ${m.shipments.toLocaleString("en")} shipments ${m.shipmentAggregateSeconds.toFixed(2)} s`;
  const pass = (seconds: number) => seconds < 5 && seconds <= 2 * m.lineAggregateSeconds;
  return [
    {
      name: `classification, ${m.customers.toLocaleString("en")} customers, repeat run`,
      value: `${m.repeatRunSeconds.toFixed(2)} s (${floor})`,
      pass: pass(m.repeatRunSeconds),
    },
    {
      name: "classification, first run (every value written)",
      value: `${m.firstRunSeconds.toFixed(2)} s, ${m.changes.toLocaleString("en")} changes`,
      pass: pass(m.firstRunSeconds),
    },
  ];
}

const header = "| measurement | c | p50 ms | p95 ms | p99 ms | req/s | × floor p95 | target | result |";
const lines = [header, "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"];
for (const r of rows) {
  const page = pages.find((p) => p.name === r.name)!;
  const target =
    r.concurrency === (page.target.concurrency ?? 16)
      ? `p95 < ${page.target.p95}${page.target.rps ? `, ≥ ${page.target.rps} req/s` : ""}`
      : "—";
  lines.push(
    `| ${r.name} | ${r.concurrency} | ${Math.round(r.result.p50)} | ${Math.round(r.result.p95)} | ${Math.round(r.result.p99)} | ${r.result.rps.toFixed(0)} | ${r.ratio.toFixed(1)} | ${target} | ${r.pass === null ? "—" : r.pass ? "PASS" : "FAIL"} |`,
  );
}
for (const c of checks)
  lines.push(`| ${c.name} | | | | | | | ${c.value} | ${c.pass === null ? "—" : c.pass ? "PASS" : "FAIL"} |`);
console.log(`\nBenchmark at scale ${scale} on ${machine}\n`);
console.log(lines.join("\n"));

mkdirSync(RESULTS, { recursive: true });
writeFileSync(
  join(RESULTS, "latest.json"),
  JSON.stringify(
    {
      at: new Date().toISOString(),
      scale,
      machine,
      seconds: SECONDS,
      pages: rows,
      checks,
      coldStartMs: server.coldStartMs,
      peakRssBytes: peakRss,
      import: imported,
      classification: classified,
    },
    null,
    2,
  ),
);
writeFileSync(
  join(RESULTS, "latest.md"),
  `Scale ${scale}, ${machine}, ${new Date().toISOString().slice(0, 10)}\n\n${lines.join("\n")}\n`,
);
log(`wrote ${join(RESULTS, "latest.json")} and latest.md`);
