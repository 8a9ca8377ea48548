import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { tenantSettingsSchema, readFeatureSettings, type TenantSettingsInput } from "@/domain/tenants/tenant-settings";
import { fromLocaleColumn, toLocaleColumn } from "@/i18n/locales";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";

export const updateTenantSettingsInput = tenantSettingsSchema;

export async function updateTenantSettings(ctx: TenantContext, input: TenantSettingsInput) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    const before = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId } });
    const features = readFeatureSettings(before.settings);
    const settings = {
      ...(before.settings as object),
      managerVisibility: input.managerVisibility,
      allowOverpayment: input.allowOverpayment,
      birthdayDigestHour: input.birthdayDigestHour,
    };
    await tx.tenant.update({
      where: { id: tenantId },
      data: {
        name: input.name,
        locale: toLocaleColumn(input.locale),
        timeZone: input.timeZone,
        currency: input.currency,
        settings: settings as Prisma.InputJsonValue,
      },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "tenant.settings_updated",
      entity: "Tenant",
      entityId: tenantId,
      before: {
        ...pick(before),
        managerVisibility: features.managerVisibility,
        allowOverpayment: features.allowOverpayment,
        birthdayDigestHour: features.birthdayDigestHour,
      },
      after: { ...input },
    });
  });
}

function pick(t: { name: string; locale: "RU" | "EN"; timeZone: string; currency: string }) {
  return { name: t.name, locale: fromLocaleColumn(t.locale), timeZone: t.timeZone, currency: t.currency };
}
