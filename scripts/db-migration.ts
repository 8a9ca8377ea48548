/**
 * `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that
 * takes the existing migrations to prisma/schema.prisma. Review it, add what Prisma cannot express (triggers,
 * extensions' indexes), then `npm run db:migrate`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withDevDatabase } from "./lib/dev-database";
import { MIGRATIONS_DIR, schemaDrift } from "./lib/migrations";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and underscores)");
  process.exit(2);
}
const sql = await withDevDatabase((url) => schemaDrift(url));
if (!sql) {
  console.log("The migrations already match prisma/schema.prisma: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), `${sql}\n`);
console.log(`Wrote ${join(dir, "migration.sql")}`);
