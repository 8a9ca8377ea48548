import "server-only";
import { classificationOverrideSchema, type ClassificationOverrideInput } from "@/domain/classification/override-input";
import { UNCLASSIFIED } from "@/domain/classification/unclassified";
import { canSeeCounterparty } from "@/domain/tenants/tenant-settings";
import { db } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { type TenantContext, viewerOf } from "@/server/tenant-context";

export const setClassificationOverrideInput = classificationOverrideSchema;

/**
 * SPEC §6.5: sets or clears a director's ABC class and stage/XYZ of a counterparty. Runs keep computing the
 * automatic values beside it; the effective value is the manual one while it is set. Each changed value writes a
 * history row with the user and the reason.
 */
export async function setClassificationOverride(ctx: TenantContext, input: ClassificationOverrideInput) {
  const tenantId = ctx.tenant.id;
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Counterparty" WHERE "tenantId" = ${tenantId} AND "id" = ${input.counterpartyId} FOR UPDATE`;
    const counterparty = await tx.counterparty.findUnique({
      where: { tenantId_id: { tenantId, id: input.counterpartyId } },
    });
    if (!counterparty || !canSeeCounterparty(viewerOf(ctx), counterparty.responsibleUserId)) throw new NotFoundError();
    const c =
      (await tx.counterpartyClass.findUnique({
        where: { tenantId_counterpartyId: { tenantId, counterpartyId: counterparty.id } },
      })) ?? UNCLASSIFIED;
    const manual = {
      abcManual: input.abcManual,
      stageManual: input.stageManual,
      xyzManual: input.stageManual ? input.xyzManual : null,
    };
    const effective = {
      abcClass: input.abcManual ?? c.abcAuto,
      stage: input.stageManual ?? c.stageAuto,
      xyzClass: input.stageManual ? input.xyzManual : c.xyzAuto,
    };
    const changed = [
      ["ABC", c.abcManual !== manual.abcManual, c.abcClass, effective.abcClass],
      ["STAGE", c.stageManual !== manual.stageManual, c.stage, effective.stage],
      ["XYZ", c.xyzManual !== manual.xyzManual || c.stageManual !== manual.stageManual, c.xyzClass, effective.xyzClass],
    ] as const;
    const setsValue =
      (manual.abcManual && manual.abcManual !== c.abcManual) ||
      (manual.stageManual && (manual.stageManual !== c.stageManual || manual.xyzManual !== c.xyzManual));
    if (setsValue && !input.reason) throw new ValidationError({ reason: "validation.reasonRequired" });
    await tx.counterpartyClass.upsert({
      where: { tenantId_counterpartyId: { tenantId, counterpartyId: counterparty.id } },
      create: { tenantId, counterpartyId: counterparty.id, ...manual, ...effective },
      update: { ...manual, ...effective },
    });
    const rows = changed.filter(([, manualChanged, from, to]) => manualChanged && from !== to);
    if (rows.length) {
      await tx.classificationChange.createMany({
        data: rows.map(([dimension, , from, to]) => ({
          tenantId,
          counterpartyId: counterparty.id,
          dimension,
          fromValue: from,
          toValue: to,
          automatic: false,
          userId: ctx.user.id,
          reason: input.reason,
        })),
      });
    }
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "counterparty.classification_overridden",
      entity: "Counterparty",
      entityId: counterparty.id,
      before: { abcManual: c.abcManual, stageManual: c.stageManual, xyzManual: c.xyzManual },
      after: { ...manual, reason: input.reason },
    });
    return { changes: rows.length };
  });
}
