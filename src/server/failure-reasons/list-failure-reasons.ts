import "server-only";
import { db } from "@/server/db";

/** The tenant's reasons for lost orders; archived ones only for the admin list. */
export async function listFailureReasons(tenantId: string, { includeArchived = false } = {}) {
  return db().failureReason.findMany({
    where: { tenantId, ...(!includeArchived && { archived: false }) },
    orderBy: [{ archived: "asc" }, { name: "asc" }],
    take: 500,
  });
}
