import pg from "pg";

/** Drops and creates the database named in the URL: a clean slate for end-to-end runs and test templates. */
export async function recreateDatabase(url: string, template?: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const ident = client.escapeIdentifier(name);
    await client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${ident}${template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ""}`);
  } finally {
    await client.end();
  }
}

/** Refuses anything but a server on this machine: tests drop and create databases. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(
      `Refusing to run tests against a non-local database (${host}). Unset DATABASE_URL or point it at localhost.`,
    );
  }
}
