#!/usr/bin/env node
// The Prisma CLI, offline. Its native schema engine cannot be downloaded here, and `generate`, `validate` and
// `format` do not need it: a stand-in answers the CLI's version probe. Migrations run through the engine's
// WebAssembly build instead (npm run db:migrate / db:migration; docs/decisions/0002-offline-migrations.md).
// Where the native engine is available, set PRISMA_SCHEMA_ENGINE_BINARY yourself and every command works as usual.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const stub = fileURLToPath(new URL("./prisma-engine-stub.mjs", import.meta.url));
const cli = fileURLToPath(new URL("../node_modules/prisma/build/index.js", import.meta.url));

const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
