import "server-only";
import { z } from "zod";
import { flag, optionalText } from "@/domain/forms/form-fields";
import { db } from "@/server/db";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { NotFoundError, ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";

export const saveFailureReasonInput = z.object({
  id: optionalText(64),
  name: z.string("validation.required").trim().min(1, "validation.required").max(120, "validation.tooLong"),
  archived: flag,
});

/** Adds a reason, or renames / archives one. Archived reasons stay on the orders that carry them. */
export async function saveFailureReason(ctx: TenantContext, input: z.infer<typeof saveFailureReasonInput>) {
  const tenantId = ctx.tenant.id;
  try {
    return await db().$transaction(async (tx) => {
      const before = input.id
        ? await tx.failureReason.findUnique({ where: { tenantId_id: { tenantId, id: input.id } } })
        : null;
      if (input.id && !before) throw new NotFoundError();
      const data = { name: input.name, archived: input.archived };
      const saved = before
        ? await tx.failureReason.update({ where: { tenantId_id: { tenantId, id: before.id } }, data })
        : await tx.failureReason.create({ data: { ...data, tenantId } });
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: ctx.user.id,
        action: before ? "failureReason.updated" : "failureReason.created",
        entity: "FailureReason",
        entityId: saved.id,
        before: before ? { name: before.name, archived: before.archived } : undefined,
        after: data,
      });
      return { id: saved.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "name")) throw new ValidationError({ name: "validation.nameTaken" });
    throw error;
  }
}
