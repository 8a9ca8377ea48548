/**
 * `npm test`: lint, type check, unit and integration tests (vitest, real PostgreSQL), then the production build
 * and the end-to-end tests (Playwright in Chromium). Stops at the first failing step.
 */
import { resolve } from "node:path";
import { ensureProductionBuild } from "./lib/build";
import { CHROMIUM_MISSING, findChromium } from "./lib/chromium";
import { run } from "./lib/run";

const root = resolve(import.meta.dirname, "..");
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
const bin = (name: string) => resolve(root, "node_modules/.bin", name);

const steps: [string, () => Promise<void>][] = [
  ["lint", () => run(bin("eslint"), ["--max-warnings", "0", "."], { cwd: root })],
  ["type check", () => run(bin("tsc"), ["--noEmit"], { cwd: root })],
  ["unit and integration tests", () => run(bin("vitest"), ["run"], { cwd: root })],
  [
    "production build",
    async () => {
      if (!findChromium()) throw new Error(CHROMIUM_MISSING);
      await ensureProductionBuild(root, (line) => console.log(line));
    },
  ],
  ["end-to-end tests", () => run(bin("playwright"), ["test"], { cwd: root })],
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
