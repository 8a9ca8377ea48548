import "server-only";
import { z } from "zod";
import { recordId } from "@/domain/forms/form-fields";
import { db } from "@/server/db";
import { ConflictError, NotFoundError, ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";

export const deleteCounterpartyInput = z.object({ id: recordId, version: z.coerce.number().int().min(1) });

/**
 * Deletes a counterparty entered by mistake (SPEC §2: archive instead when it has documents). Its contact
 * information, supplier terms and employments go with it, and so do contact persons who worked nowhere else.
 * The audit trail keeps what was deleted.
 */
export async function deleteCounterparty(ctx: TenantContext, input: z.infer<typeof deleteCounterpartyInput>) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Counterparty" WHERE "tenantId" = ${tenantId} AND "id" = ${input.id} FOR UPDATE`;
    const counterparty = await tx.counterparty.findUnique({ where: { tenantId_id: { tenantId, id: input.id } } });
    if (!counterparty) throw new NotFoundError();
    if (counterparty.version !== input.version) throw new ConflictError();
    const anyOrder = await tx.order.findFirst({
      where: { tenantId, counterpartyId: counterparty.id },
      select: { id: true },
    });
    if (anyOrder) throw new ValidationError({}, "errors.counterpartyHasDocuments");
    const people = await tx.employment.findMany({
      where: { tenantId, counterpartyId: counterparty.id },
      select: { contactPersonId: true },
    });
    const personIds = people.map((p) => p.contactPersonId);
    const elsewhere = await tx.employment.findMany({
      where: { tenantId, contactPersonId: { in: personIds }, counterpartyId: { not: counterparty.id } },
      select: { contactPersonId: true },
    });
    const keep = new Set(elsewhere.map((e) => e.contactPersonId));
    await tx.counterparty.delete({ where: { tenantId_id: { tenantId, id: counterparty.id } } });
    await tx.contactPerson.deleteMany({ where: { tenantId, id: { in: personIds.filter((id) => !keep.has(id)) } } });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "counterparty.deleted",
      entity: "Counterparty",
      entityId: counterparty.id,
      before: { name: counterparty.name, taxId: counterparty.taxId },
    });
  });
}
