import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { ConflictError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { parseSubmittedValues, submittedValues } from "@/server/custom-fields/apply-submitted-values";
import { loadEditableCounterparty } from "./load-editable-counterparty";

/** Form keys are `cf.<key>`; the values are validated against the tenant's definitions inside the use case. */
export const updateCustomFieldsInput = z
  .object({ id: z.string().min(1).max(64), version: z.coerce.number().int().min(1) })
  .catchall(z.union([z.string().max(20_000, "validation.tooLong"), z.array(z.string().max(200)).max(200)]));

/**
 * Saves the values of the fields this user may edit; values of fields he may not edit (or that are archived) are
 * kept as they are. Bad values come back next to their fields and nothing is saved.
 */
export async function updateCustomFields(ctx: TenantContext, input: z.infer<typeof updateCustomFieldsInput>) {
  const tenantId = ctx.tenant.id;
  const merge = await parseSubmittedValues(ctx, "COUNTERPARTY", submittedValues(input));
  return db().$transaction(async (tx) => {
    const before = await loadEditableCounterparty(tx, ctx, input.id);
    const customFields = merge(before.customFields);
    const { count } = await tx.counterparty.updateMany({
      where: { tenantId, id: input.id, version: input.version },
      data: { customFields, version: { increment: 1 }, updatedByUserId: ctx.user.id },
    });
    if (count === 0) throw new ConflictError();
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "counterparty.fields_updated",
      entity: "Counterparty",
      entityId: input.id,
      before: before.customFields as Record<string, unknown>,
      after: customFields,
    });
    return { version: input.version + 1 };
  });
}
