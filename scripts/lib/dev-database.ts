import { resolve } from "node:path";
import { loadDotEnv } from "./app-env";
import { startLocalPostgres } from "./local-postgres";

/** DATABASE_URL, or the embedded server `npm start` uses (started for the command and stopped after it). */
export async function withDevDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const root = resolve(import.meta.dirname, "../..");
  loadDotEnv(root);
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  const dataDir = resolve(root, process.env.CRM_DATA_DIR ?? ".data", "postgres");
  const server = await startLocalPostgres({
    dataDir,
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: "crm",
  });
  try {
    return await run(server.url);
  } finally {
    await server.stop();
  }
}
