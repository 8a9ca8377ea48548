import "server-only";
import { Prisma } from "@/generated/prisma/client";

/** Operations whose `where` must pin the tenant. Creates are checked on `data` instead. */
const WHERE_OPERATIONS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
  "count",
  "aggregate",
  "groupBy",
]);
const CREATE_OPERATIONS = new Set(["create", "createMany", "createManyAndReturn"]);

export class TenantScopeError extends Error {
  constructor(model: string, operation: string) {
    super(`${model}.${operation} without a tenantId: every query on a tenant table must be scoped by tenant`);
    this.name = "TenantScopeError";
  }
}

function pinsTenant(where: unknown): boolean {
  if (!where || typeof where !== "object") return false;
  for (const [key, value] of Object.entries(where)) {
    if (key === "tenantId") {
      if (typeof value === "string") return true;
      if (value && typeof value === "object" && typeof (value as { equals?: unknown }).equals === "string") return true;
    } else if (key.startsWith("tenantId_") && value && typeof value === "object") {
      if (typeof (value as { tenantId?: unknown }).tenantId === "string") return true;
    } else if (key === "AND" && Array.isArray(value) && value.some(pinsTenant)) {
      return true;
    }
  }
  return false;
}

function dataHasTenant(data: unknown): boolean {
  // An empty createMany writes nothing, so it cannot write into the wrong tenant.
  const rows = Array.isArray(data) ? data : [data];
  return rows.every((row) => {
    if (!row || typeof row !== "object") return false;
    const r = row as { tenantId?: unknown; tenant?: { connect?: { id?: unknown } } };
    return typeof r.tenantId === "string" || typeof r.tenant?.connect?.id === "string";
  });
}

/**
 * Throws before any query on a tenant table runs unscoped (cal.com's disallow-undefined-where-clause, widened to
 * every operation). Code that must cross tenants uses the client from `unsafeDb()`.
 */
export function tenantGuard(tenantModels: ReadonlySet<string>) {
  return Prisma.defineExtension({
    name: "tenant-guard",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (tenantModels.has(model)) {
            const a = args as { where?: unknown; data?: unknown; create?: unknown };
            if (WHERE_OPERATIONS.has(operation) && !pinsTenant(a.where)) throw new TenantScopeError(model, operation);
            if (CREATE_OPERATIONS.has(operation) && !dataHasTenant(a.data))
              throw new TenantScopeError(model, operation);
          }
          return query(args);
        },
      },
    },
  });
}
