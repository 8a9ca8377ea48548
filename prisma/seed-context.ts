import type { PrismaClient } from "@/generated/prisma/client";
import { fromLocaleColumn } from "@/i18n/locales";
import type { TenantContext } from "@/server/tenant-context";

/**
 * A member's context for writing demo data through the use cases. Built from the rows rather than through the
 * session code, which needs the web server's auth setup.
 */
export async function seedContextOf(db: PrismaClient, tenantId: string, userId: string): Promise<TenantContext> {
  const { role, user, tenant } = await db.membership.findUniqueOrThrow({
    where: { tenantId_userId: { tenantId, userId } },
    include: { user: true, tenant: true },
  });
  return {
    role,
    user: { ...user, locale: fromLocaleColumn(user.locale) },
    tenant: { ...tenant, locale: fromLocaleColumn(tenant.locale) },
  };
}
