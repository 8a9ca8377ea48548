/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
import { withDevDatabase } from "./lib/dev-database";
import { applyMigrations } from "./lib/migrations";

const applied = await withDevDatabase((url) => applyMigrations(url));
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
