import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";

/**
 * Replaces one section of the tenant's settings (`classification`, `kpi`, …) and records the change, the other
 * sections untouched. `read` turns what was stored into the section's values for the audit's "before".
 */
export async function saveSettingsSection<T extends object>(
  ctx: TenantContext,
  section: string,
  value: T,
  audit: { action: string; read: (stored: unknown) => T },
) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { settings: true } });
    const settings = (tenant.settings ?? {}) as Record<string, unknown>;
    await tx.tenant.update({
      where: { id: tenantId },
      data: { settings: { ...settings, [section]: value } as Prisma.InputJsonValue },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: audit.action,
      entity: "Tenant",
      entityId: tenantId,
      before: { ...(audit.read(settings[section]) as Record<string, unknown>) },
      after: { ...(value as Record<string, unknown>) },
    });
  });
}
