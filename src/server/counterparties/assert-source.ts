import "server-only";
import { db } from "@/server/db";
import { ValidationError } from "@/server/errors";

/** An information source id from a form must be one of this tenant's sources (the foreign key would say so too, less kindly). */
export async function assertSourceInTenant(tenantId: string, sourceId: string | null | undefined): Promise<void> {
  if (!sourceId) return;
  const source = await db().informationSource.findUnique({
    where: { tenantId_id: { tenantId, id: sourceId } },
    select: { id: true },
  });
  if (!source) throw new ValidationError({ sourceId: "validation.choose" });
}
