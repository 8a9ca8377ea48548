import { join } from "node:path";
import { applyMigrations } from "./migrations";
import { startLocalPostgres } from "./local-postgres";
import { assertLocalDatabase, recreateDatabase } from "./recreate-database";
import { seedDemo } from "../../prisma/seed";

/**
 * The database the app will use, migrated and seeded: DATABASE_URL when set (nothing is started), otherwise the
 * embedded PostgreSQL in the data folder, which is stopped again by `stop()`.
 */
export async function prepareDatabase(options: {
  root: string;
  dataDir: string;
  fresh: boolean;
  log: (line: string) => void;
}) {
  const { dataDir, fresh, log } = options;
  let url = process.env.DATABASE_URL || undefined;
  let stop = async () => {};
  if (url) {
    log("database: DATABASE_URL is set, using that server");
  } else {
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    const server = await startLocalPostgres({
      dataDir: join(dataDir, "postgres"),
      port,
      database: "crm",
      onLog: () => {},
    });
    log(
      `database: embedded PostgreSQL on 127.0.0.1:${port} (${server.started ? "started" : "already running, reused"})`,
    );
    url = server.url;
    stop = () => server.stop();
  }
  if (fresh) {
    assertLocalDatabase(url);
    await recreateDatabase(url);
  }
  await applyMigrations(url);
  await seedDemo(url);
  log("database: migrated and seeded");
  return { url, stop };
}
