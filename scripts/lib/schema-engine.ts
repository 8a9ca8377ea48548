/**
 * Prisma's schema engine (the Rust code behind `prisma migrate`), run from its WebAssembly build over the pg driver
 * adapter, because the CLI's native engine cannot be downloaded here (docs/decisions/0002-offline-migrations.md).
 * It applies and records migrations exactly as `prisma migrate deploy` does, and diffs migrations against the schema.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

let wasmLoaded = false;
let lastPanic: string | undefined;

/** Node 20 cannot import .wasm as an ES module, so the bindings are wired to the instance by hand. */
function loadWasm(): void {
  if (wasmLoaded) return;
  // The engine reports a Rust panic here before it throws; keep the message so the error says what happened.
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message: string) => {
      lastPanic = message;
    },
  };
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const wasmModule = new WebAssembly.Module(readFileSync(join(dir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  wasmLoaded = true;
}

function connectionConfig(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: database ?? decodeURIComponent(u.pathname.slice(1)),
  };
}

/**
 * Two fixes to the pg adapter for the engine's use: a migration runs as one script (the adapter would split it on
 * ";" and break function bodies and atomicity), and pg_catalog's internal "char" columns read as text.
 */
type PgResult = { fields: { dataTypeID: number }[] };
/** What the pg adapter keeps private but we must reach: its pool and its one query path. */
type PgAdapterInternals = { underlyingDriver(): pg.Pool; performIO(query: unknown): Promise<PgResult> };

function adaptForEngine(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const internals = adapter as unknown as PgAdapterInternals;
  const pool = internals.underlyingDriver();
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  const performIO = internals.performIO.bind(adapter);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return adapter;
}

/** The adapter factory the engine needs: the target database, and throwaway shadow databases on the same server. */
function engineAdapterFactory(url: string, opened: pg.Pool[]): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg(connectionConfig(url));
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => {
      const adapter = adaptForEngine(await main.connect());
      opened.push((adapter as unknown as PgAdapterInternals).underlyingDriver());
      return adapter;
    },
    connectToShadowDb: async () => {
      const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client(connectionConfig(url));
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadow = adaptForEngine(await new PrismaPg(connectionConfig(url, name)).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        // The pool must be closed before its database can be dropped.
        await dispose();
        await (shadow as unknown as PgAdapterInternals)
          .underlyingDriver()
          .end()
          .catch(() => {});
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return shadow;
    },
  };
}

export async function withSchemaEngine<T>(
  url: string,
  schemaPath: string,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  loadWasm();
  const opened: pg.Pool[] = [];
  const adapter = bindMigrationAwareSqlAdapterFactory(engineAdapterFactory(url, opened));
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schemaPath, readFileSync(schemaPath, "utf8")]] },
    () => {},
    adapter,
  );
  try {
    return await run(engine);
  } catch (error) {
    if (lastPanic) throw new Error(`Prisma schema engine panicked: ${lastPanic}`, { cause: error });
    throw error;
  } finally {
    engine.free();
    await Promise.all(opened.map((pool) => pool.end().catch(() => {})));
  }
}
