/**
 * `npm test`: format check, lint, unused-code check (knip), type check, unit and integration tests (vitest, real PostgreSQL), then the production build,
 * the end-to-end tests (Playwright in Chromium) and the benchmark scripts at a small scale. Stops at the first
 * failing step.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { ensureProductionBuild } from "./lib/build";
import { CHROMIUM_MISSING, findChromium } from "./lib/chromium";
import { run } from "./lib/run";

const root = resolve(import.meta.dirname, "..");
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
const bin = (name: string) => resolve(root, "node_modules/.bin", name);
// Outside test-results/, which Playwright empties when it starts.
const VITEST_REPORT = resolve(root, "reports/vitest.json");
const E2E_REPORT = resolve(root, "reports/e2e.json");
for (const report of [VITEST_REPORT, E2E_REPORT]) rmSync(report, { force: true });

const steps: [string, () => Promise<void>][] = [
  ["format", () => run(bin("prettier"), ["--check", "--log-level", "warn", "."], { cwd: root })],
  ["lint", () => run(bin("eslint"), ["--max-warnings", "0", "."], { cwd: root })],
  ["unused files, exports and dependencies", () => run(bin("knip"), ["--no-config-hints"], { cwd: root })],
  ["type check", () => run(bin("tsc"), ["--noEmit"], { cwd: root })],
  [
    "unit and integration tests",
    () =>
      run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`], {
        cwd: root,
      }),
  ],
  [
    "production build",
    async () => {
      if (!findChromium()) throw new Error(CHROMIUM_MISSING);
      await ensureProductionBuild(root, (line) => console.log(line));
    },
  ],
  ["end-to-end tests", () => run(bin("playwright"), ["test"], { cwd: root })],
  [
    "benchmark scripts at scale 0.01",
    async () => {
      // Keeps `bench:seed` and `bench` working: a small tenant, one second per page, in an embedded PostgreSQL of
      // its own (never DATABASE_URL, which `--fresh` would recreate); the results go to reports/bench.
      const { DATABASE_URL: _ignored, ...rest } = process.env;
      const env = {
        ...rest,
        BENCH_DATA_DIR: resolve(root, ".data/bench-ci"),
        BENCH_PG_PORT: "54341",
        BENCH_APP_PORT: "3201",
        BENCH_SECONDS: "1",
        BENCH_RESULTS_DIR: resolve(root, "reports/bench"),
      };
      await run(bin("tsx"), ["--conditions=react-server", "bench/seed.ts", "--scale", "0.01", "--fresh"], {
        cwd: root,
        env,
      });
      await run(bin("tsx"), ["--conditions=react-server", "bench/run.ts"], { cwd: root, env });
    },
  ],
];

for (const [name, step] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  try {
    await step();
  } catch (error) {
    console.error(`✖ ${name} failed: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// One closing line over every runner, in the form CI tools read: "N passed, N failed".
const read = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
const unit = read(VITEST_REPORT) as { numPassedTests: number; numFailedTests: number } | null;
const e2e = read(E2E_REPORT) as { stats: { expected: number; unexpected: number; flaky: number } } | null;
const passed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
console.log(`\n${passed} passed, ${failed} failed`);
