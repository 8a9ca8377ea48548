import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "../env";
import { createGuardedClient, createPrismaClient, type Db } from "./client";

// One pool per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { crmBase?: PrismaClient; crmDb?: Db };

function base(): PrismaClient {
  globalForDb.crmBase ??= createPrismaClient(env().DATABASE_URL);
  return globalForDb.crmBase;
}

/** The client for all tenant work: throws on any tenant-table query that does not pin `tenantId`. */
export function db(): Db {
  globalForDb.crmDb ??= createGuardedClient(base());
  return globalForDb.crmDb;
}

/** Unscoped access, for the few places that legitimately cross tenants (sign-in, health, jobs that fan out). */
export function unsafeDb(): PrismaClient {
  return base();
}

export type { Db, Tx } from "./client";
export { useBatchResources } from "./client";
