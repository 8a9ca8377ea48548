import "server-only";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";

/**
 * The people a report can be narrowed to: active members with the MANAGER role and anyone (of any role, active or
 * not) who is responsible for at least one counterparty, by name.
 */
export async function listReportManagers(ctx: TenantContext): Promise<{ id: string; name: string }[]> {
  const tenantId = ctx.tenant.id;
  return db().$queryRaw<{ id: string; name: string }[]>`
    SELECT m."userId" AS id, u."name"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."tenantId" = ${tenantId}
      AND ((m."role" = 'MANAGER' AND m."active")
           OR EXISTS (SELECT 1 FROM "Counterparty" c WHERE c."tenantId" = ${tenantId} AND c."responsibleUserId" = m."userId"))
    ORDER BY u."name", m."userId"
    LIMIT 500`;
}
