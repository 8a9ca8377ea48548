import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { buildValuesSchema } from "@/domain/custom-fields/values-schema";
import { canEditField } from "@/domain/custom-fields/field-definition";
import { db } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { listFieldDefinitions } from "@/server/custom-fields/list-field-definitions";
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
  const definitions = await listFieldDefinitions(ctx);
  const knownUserIds = (await db().membership.findMany({ where: { tenantId }, select: { userId: true } })).map((m) => m.userId);
  const submitted = Object.fromEntries(Object.entries(input).filter(([k]) => k.startsWith("cf.")).map(([k, v]) => [k.slice(3), v]));
  const parsed = buildValuesSchema(definitions, ctx.role, { knownUserIds }).safeParse(submitted);
  if (!parsed.success) {
    // Reported under the form's names, next to the inputs.
    throw new ValidationError(Object.fromEntries(parsed.error.issues.map((i) => [`cf.${String(i.path[0] ?? "")}`, i.message])));
  }
  const values = parsed.data;
  const editableKeys = new Set(definitions.filter((d) => canEditField(d, ctx.role)).map((d) => d.key));
  return db().$transaction(async (tx) => {
    const before = await loadEditableCounterparty(tx, ctx, input.id);
    const kept = Object.fromEntries(Object.entries(before.customFields as Record<string, unknown>).filter(([k]) => !editableKeys.has(k)));
    const customFields = { ...kept, ...values } as Prisma.InputJsonValue;
    const { count } = await tx.counterparty.updateMany({
      where: { tenantId, id: input.id, version: input.version },
      data: { customFields, version: { increment: 1 }, updatedByUserId: ctx.user.id },
    });
    if (count === 0) throw new ConflictError();
    await recordAuditEvent(tx, { tenantId, actorUserId: ctx.user.id, action: "counterparty.fields_updated", entity: "Counterparty", entityId: input.id, before: before.customFields as Record<string, unknown>, after: customFields as Record<string, unknown> });
    return { version: input.version + 1 };
  });
}
