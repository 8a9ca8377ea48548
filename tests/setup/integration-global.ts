import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalPostgres } from "../../scripts/lib/local-postgres";
import { applyMigrations } from "../../scripts/lib/migrations";
import { assertLocalDatabase, recreateDatabase } from "../../scripts/lib/recreate-database";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}

/**
 * One PostgreSQL for the run (TEST_DATABASE_URL, or the embedded one in .data/test), one migrated template
 * database; every test file then gets its own copy of the template (tests/setup/integration-database.ts).
 */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, "../..");
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  if (!serverUrl) {
    const port = Number(process.env.TEST_PG_PORT ?? 54331);
    const server = await startLocalPostgres({
      dataDir: resolve(root, ".data/test/postgres"),
      port,
      database: "postgres",
    });
    serverUrl = server.url;
    stop = () => server.stop();
  }
  assertLocalDatabase(serverUrl);
  const template = new URL(serverUrl);
  template.pathname = "/crm_test_template";
  await recreateDatabase(template.toString());
  await applyMigrations(template.toString());
  project.provide("templateDatabaseUrl", template.toString());
  return stop;
}
