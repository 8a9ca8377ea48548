import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { withSchemaEngine } from "./schema-engine";

const ROOT = resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = join(ROOT, "prisma/migrations");
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

/** The migrations folder in the shape the engine reads it (Prisma's layout: <timestamp>_<name>/migration.sql). */
export function migrationList(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = join(dir, "migration_lock.toml");
  const folders = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: folders.map((name) => {
      const file = join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok", value: readFileSync(file, "utf8") }
            : { tag: "error", value: `${file} is missing` },
        },
      };
    }),
  };
}

/**
 * The migrations a database has applied that the folder no longer holds: a database made before the chain was
 * squashed into one baseline (2026-12-08), which cannot be migrated forward, only made again.
 */
async function unknownAppliedMigrations(databaseUrl: string, dir: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query<{ exists: boolean }>(
      `SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists`,
    );
    if (!table.rows[0]?.exists) return [];
    const applied = await client.query<{ name: string }>(`SELECT migration_name AS name FROM _prisma_migrations`);
    const known = new Set(migrationList(dir).migrationDirectories.map((d) => d.path));
    return applied.rows
      .map((r) => r.name)
      .filter((name) => !known.has(name))
      .sort();
  } finally {
    await client.end();
  }
}

/** Applies pending migrations and records them in `_prisma_migrations`, as `prisma migrate deploy` does. */
export async function applyMigrations(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const unknown = await unknownAppliedMigrations(databaseUrl, dir);
  if (unknown.length) {
    throw new Error(
      `This database was migrated by ${unknown.length} migration(s) that prisma/migrations no longer has ` +
        `(${unknown.slice(0, 3).join(", ")}${unknown.length > 3 ? ", …" : ""}): it predates the one baseline ` +
        `migration. Make it again: \`npm start -- --fresh\` for the local database (its data is deleted), or a new ` +
        `empty database for DATABASE_URL.`,
    );
  }
  return withSchemaEngine(databaseUrl, SCHEMA_PATH, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: migrationList(dir),
      filters: NO_FILTER,
    });
    const status = await engine.diagnoseMigrationHistory({
      migrationsList: migrationList(dir),
      optInToShadowDatabase: false,
      filters: NO_FILTER,
    });
    if (status.failedMigrationNames.length || status.editedMigrationNames.length || status.history) {
      throw new Error(`Migrations are not in a clean state after applying them: ${JSON.stringify(status)}`);
    }
    return appliedMigrationNames;
  });
}

/**
 * The SQL that takes a database built from the migrations to what schema.prisma describes; empty when they agree.
 * Uses a throwaway shadow database on the server of databaseUrl.
 */
export async function schemaDrift(
  databaseUrl: string,
  schemaPath = SCHEMA_PATH,
  dir = MIGRATIONS_DIR,
): Promise<string> {
  return withSchemaEngine(databaseUrl, schemaPath, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationList(dir) },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    const sql = (result.stdout ?? "").trim();
    return sql === "-- This is an empty migration." ? "" : sql;
  });
}
