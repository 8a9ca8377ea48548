import "server-only";
import { RateLimitedError } from "@/server/errors";

/**
 * The tenants that have a file being read or written in this web process. Each holds a file's rows in memory; a
 * tenant that sends many at once waits its turn instead of taking the server's heap from the others.
 */
const busy = new Set<string>();

export async function withImportSlot<T>(tenantId: string, work: () => Promise<T>): Promise<T> {
  if (busy.has(tenantId)) throw new RateLimitedError("errors.importBusy");
  busy.add(tenantId);
  try {
    return await work();
  } finally {
    busy.delete(tenantId);
  }
}
