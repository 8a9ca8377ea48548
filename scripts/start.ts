/**
 * `npm start`: build if the sources changed, start the embedded PostgreSQL unless DATABASE_URL is set, migrate,
 * seed the demo tenant and serve the app. `--dev` serves with `next dev` instead of a production build;
 * `--fresh` starts from an empty database (the end-to-end tests use it). The background worker (reminders) runs
 * in this process unless WORKER=off, for deployments that run `npm run worker` apart.
 */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { loadDotEnv, localSecret } from "./lib/app-env";
import { ensureProductionBuild } from "./lib/build";
import { prepareDatabase } from "./lib/prepare-database";
import { serverMemoryEnv } from "./lib/server-memory";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed";
import { startWorker, type Worker } from "../src/server/jobs/worker";

const root = resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const fresh = process.argv.includes("--fresh");
const log = (line: string) => console.log(`[crm] ${line}`);

loadDotEnv(root);
const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(root, process.env.CRM_DATA_DIR ?? ".data");
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
process.env.NEXTAUTH_SECRET ??= localSecret(dataDir);
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const startedAt = Date.now();
const [database] = await Promise.all([
  prepareDatabase({ root, dataDir, fresh, log }),
  dev ? Promise.resolve() : ensureProductionBuild(root, log),
]);
process.env.DATABASE_URL = database.url;
const worker: Worker | null =
  process.env.WORKER === "off"
    ? null
    : await startWorker({ connectionString: database.url, log: (line) => log(`worker: ${line}`) });

// The web server is restarted when it dies (out of memory, a crash), so one bad request never takes the database and
// the worker down with it; a server that keeps dying within seconds of its start is given up on.
const RESTARTS_WITHIN = 60_000;
let recentCrashes: number[] = [];
let next = startWebServer();

function startWebServer() {
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", dev ? "dev" : "start", "-p", String(port)],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      env: dev ? process.env : serverMemoryEnv(),
    },
  );
  server.stdout.pipe(process.stdout);
  server.on("exit", (code, signal) => {
    if (stopping) return;
    const now = Date.now();
    recentCrashes = [...recentCrashes.filter((at) => now - at < RESTARTS_WITHIN), now];
    if (recentCrashes.length > 3) {
      log(`the web server stopped ${recentCrashes.length} times within a minute (last: ${signal ?? code}); giving up`);
      void shutdown(1);
      return;
    }
    log(`the web server stopped (${signal ?? `exit code ${code}`}); starting it again`);
    next = startWebServer();
  });
  return server;
}
void waitUntilHealthy(port).then(() => {
  log(`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${process.env.NEXTAUTH_URL}`);
  log(`demo logins (password "${DEMO_PASSWORD}"):`);
  for (const user of DEMO_USERS) log(`  ${user.role.padEnd(8)} ${user.email}`);
});

async function waitUntilHealthy(port: number): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill("SIGTERM");
  await worker?.stop();
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
