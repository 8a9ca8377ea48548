import "server-only";
import type { DocumentKind } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";

/**
 * The next number of a kind of document in the tenant. The counter row stays locked until the caller's
 * transaction ends, so concurrent documents queue for their numbers and a rolled-back one leaves no gap.
 */
export async function nextDocumentNumber(tx: Tx, tenantId: string, kind: DocumentKind): Promise<number> {
  const [row] = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "DocumentCounter" ("tenantId", "kind", "lastNumber") VALUES (${tenantId}, ${kind}::"DocumentKind", 1)
    ON CONFLICT ("tenantId", "kind") DO UPDATE SET "lastNumber" = "DocumentCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return row!.lastNumber;
}
