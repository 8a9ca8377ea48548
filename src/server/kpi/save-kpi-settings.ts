import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { INDICATORS, MAX_WEIGHT, type Indicator } from "@/domain/kpi/indicators";
import { readKpiSettings, type KpiSettings } from "@/domain/kpi/kpi-settings";
import { db } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";

const weight = z.preprocess(
  (v) => (v === "" || v === undefined ? "0" : v),
  z.coerce.number("validation.number").int("validation.wholeNumber").min(0, "validation.negative").max(MAX_WEIGHT, "validation.tooLarge"),
);

/** The director's form: `shown` checkboxes and one `weight_<indicator>` field each, so errors land on the field. */
export const saveKpiSettingsInput = z
  .object({
    shown: z.preprocess((v) => (v === undefined ? [] : typeof v === "string" ? [v] : v), z.array(z.enum(INDICATORS)).min(1, "validation.chooseOne")),
    ...(Object.fromEntries(INDICATORS.map((i) => [`weight_${i}`, weight])) as Record<`weight_${Indicator}`, typeof weight>),
  })
  .transform((form): KpiSettings => ({
    shown: form.shown,
    weights: Object.fromEntries(INDICATORS.map((i) => [i, form[`weight_${i}`] as number]).filter(([, w]) => (w as number) > 0)),
  }));

/** SPEC §7.1–7.2: which indicators the reports show and the rating's weights, kept in the tenant's settings. */
export async function saveKpiSettings(ctx: TenantContext, input: KpiSettings) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { settings: true } });
    const settings = (tenant.settings ?? {}) as Record<string, unknown>;
    await tx.tenant.update({ where: { id: tenantId }, data: { settings: { ...settings, kpi: input } as unknown as Prisma.InputJsonValue } });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "kpi.settings_saved",
      entity: "Tenant",
      entityId: tenantId,
      before: { ...readKpiSettings(settings.kpi) },
      after: { ...input },
    });
  });
}
