import "server-only";
import { RateLimitedError } from "@/server/errors";

/**
 * How many files one tenant may have read or written at a time, in this web process. Each holds a file's rows in
 * memory; a tenant that sends many at once waits its turn instead of taking the server's heap from the others.
 */
const SLOTS_PER_TENANT = 1;
const busy = new Map<string, number>();

export async function withImportSlot<T>(tenantId: string, work: () => Promise<T>): Promise<T> {
  const taken = busy.get(tenantId) ?? 0;
  if (taken >= SLOTS_PER_TENANT) throw new RateLimitedError("errors.importBusy");
  busy.set(tenantId, taken + 1);
  try {
    return await work();
  } finally {
    const left = (busy.get(tenantId) ?? 1) - 1;
    if (left) busy.set(tenantId, left);
    else busy.delete(tenantId);
  }
}
