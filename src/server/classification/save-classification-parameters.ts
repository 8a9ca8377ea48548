import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { classificationParametersSchema, readClassificationParameters, type ClassificationParameters } from "@/domain/classification/parameters";
import { db } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";

export const saveClassificationParametersInput = classificationParametersSchema;

/** SPEC §6 parameters, kept in the tenant's settings under `classification`. */
export async function saveClassificationParameters(ctx: TenantContext, input: ClassificationParameters) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { settings: true } });
    const settings = (tenant.settings ?? {}) as Record<string, unknown>;
    await tx.tenant.update({ where: { id: tenantId }, data: { settings: { ...settings, classification: input } as Prisma.InputJsonValue } });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "classification.parameters_saved",
      entity: "Tenant",
      entityId: tenantId,
      before: readClassificationParameters(settings.classification),
      after: input,
    });
  });
}
