import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { loadEditableCounterparty } from "./load-editable-counterparty";

const optionalInt = (min: number, max: number) =>
  z
    .union([
      z.literal(""),
      z.coerce.number().int("validation.wholeNumber").min(min, "validation.range").max(max, "validation.range"),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));

export const saveSupplierProfileInput = z.object({
  counterpartyId: z.string().min(1).max(64),
  deliveryTerms: z
    .string()
    .trim()
    .max(2000, "validation.tooLong")
    .optional()
    .transform((v) => v || null),
  leadTimeDays: optionalInt(0, 365),
  reliabilityRating: optionalInt(1, 5),
});

/** Delivery terms, usual lead time and a 1–5 reliability rating of a supplier. */
export async function saveSupplierProfile(ctx: TenantContext, input: z.infer<typeof saveSupplierProfileInput>) {
  const tenantId = ctx.tenant.id;
  const { counterpartyId, ...terms } = input;
  await db().$transaction(async (tx) => {
    const counterparty = await loadEditableCounterparty(tx, ctx, counterpartyId);
    if (!counterparty.isSupplier) throw new ValidationError({ _form: "validation.notSupplier" });
    const before = await tx.supplierProfile.findUnique({
      where: { tenantId_counterpartyId: { tenantId, counterpartyId } },
    });
    await tx.supplierProfile.upsert({
      where: { tenantId_counterpartyId: { tenantId, counterpartyId } },
      create: { tenantId, counterpartyId, ...terms },
      update: terms,
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "counterparty.supplier_updated",
      entity: "Counterparty",
      entityId: counterpartyId,
      before: before
        ? {
            deliveryTerms: before.deliveryTerms,
            leadTimeDays: before.leadTimeDays,
            reliabilityRating: before.reliabilityRating,
          }
        : {},
      after: terms,
    });
  });
}
