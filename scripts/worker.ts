/**
 * `npm run worker`: the background worker (reminders, birthday digests) as its own process, for deployments that
 * run it apart from the web server (then start the app with WORKER=off). Uses DATABASE_URL, or the embedded
 * PostgreSQL that `npm start` uses.
 */
import { resolve } from "node:path";
import { localSecret } from "./lib/app-env";
import { withDevDatabase } from "./lib/dev-database";
import { startWorker } from "../src/server/jobs/worker";

const root = resolve(import.meta.dirname, "..");
process.env.NEXTAUTH_SECRET ??= localSecret(resolve(root, process.env.CRM_DATA_DIR ?? ".data"));

await withDevDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  const worker = await startWorker({ connectionString: url, log: (line) => console.log(`[worker] ${line}`) });
  await new Promise<void>((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
  await worker.stop();
});
