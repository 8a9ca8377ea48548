import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unsafeDb } from "@/server/db";
import { MIGRATIONS_DIR, SCHEMA_PATH, applyMigrations, migrationList, schemaDrift } from "../../scripts/lib/migrations";

describe("migrations and schema", () => {
  it("agree: all migrations applied to an empty database give exactly schema.prisma", async () => {
    expect(await schemaDrift(process.env.DATABASE_URL!)).toBe("");
  });

  it("disagree, and the check says so, when the schema gains a column no migration creates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "schema-"));
    const schema = join(dir, "schema.prisma");
    writeFileSync(
      schema,
      readFileSync(SCHEMA_PATH, "utf8").replace("model Counterparty {", "model Counterparty {\n  nickname String?"),
    );
    const drift = await schemaDrift(process.env.DATABASE_URL!, schema);
    expect(drift).toContain('ALTER TABLE "Counterparty" ADD COLUMN     "nickname" TEXT');
  });

  it("records every migration in _prisma_migrations with its checksum, and a second run applies nothing", async () => {
    const rows = await unsafeDb().$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    const folders = migrationList().migrationDirectories.map((d) => d.path);
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
    }
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
  });

  it("refuses to go on when an applied migration was edited afterwards", async () => {
    const dir = mkdtempSync(join(tmpdir(), "migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const first = migrationList(dir).migrationDirectories[0]!.path;
    writeFileSync(
      join(dir, first, "migration.sql"),
      `${readFileSync(join(dir, first, "migration.sql"), "utf8")}\n-- edited\n`,
    );
    await expect(applyMigrations(process.env.DATABASE_URL!, dir)).rejects.toThrow(/editedMigrationNames.*init/);
  });

  it("refuses a database migrated by migrations the folder no longer has, and says how to make it again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const [baseline] = migrationList(dir).migrationDirectories;
    renameSync(join(dir, baseline!.path), join(dir, `${baseline!.path}_renamed`));
    await expect(applyMigrations(process.env.DATABASE_URL!, dir)).rejects.toThrow(
      new RegExp(
        `1 migration\\(s\\) that prisma/migrations no longer has \\(${baseline!.path}\\).*npm start -- --fresh`,
      ),
    );
  });
});
