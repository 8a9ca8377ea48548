#!/usr/bin/env node
// Stands in for Prisma's native schema engine, which cannot be downloaded here. It answers the CLI's version probe
// so that `prisma generate` runs; anything that needs the engine is pointed at the project's own commands.
if (process.argv.includes("--version")) {
  console.log("schema-engine-cli offline-stub");
  process.exit(0);
}
console.error(
  "The native Prisma schema engine is not available on this machine. Use `npm run db:migrate` to apply migrations " +
    "and `npm run db:migration -- <name>` to write one (docs/decisions/0002-offline-migrations.md).",
);
process.exit(1);
