/**
 * The production server: one Next.js server process per CPU core (WEB_CONCURRENCY, default the number of cores,
 * at most 4), all on one port through node:cluster. A single Node process renders on one core only; the
 * benchmark showed it saturated at the floor page's ~11 ms of rendering per request (docs/performance.md).
 * Usage: node scripts/serve.mjs <port>
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const workers = Math.max(1, Math.min(4, Number(process.env.WEB_CONCURRENCY) || availableParallelism()));

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let stopping = false;
  cluster.on("exit", (worker, code) => {
    if (!stopping) {
      console.error(`[serve] worker ${worker.process.pid} exited with ${code}; starting another`);
      cluster.fork();
    }
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    setTimeout(() => process.exit(0), 5000).unref();
    cluster.on("exit", () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: resolve(dirname(fileURLToPath(import.meta.url)), ".."), port, hostname: "0.0.0.0" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => handle(req, res)).listen(port, "0.0.0.0");
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
