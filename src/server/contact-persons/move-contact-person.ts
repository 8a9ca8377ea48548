import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { canSeeCounterparty } from "@/domain/tenants/tenant-settings";
import { type TenantContext, viewerOf } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { loadEditableCounterparty } from "@/server/counterparties/load-editable-counterparty";

export const moveContactPersonInput = z.object({
  contactPersonId: z.string().min(1).max(64),
  fromCounterpartyId: z.string().min(1).max(64),
  toCounterpartyId: z.string().min(1, "validation.required").max(64),
  position: z
    .string()
    .trim()
    .max(120, "validation.tooLong")
    .optional()
    .transform((v) => v || null),
});

/**
 * The person left one company for another: the current employment is closed today and a new one opens, so both
 * cards keep showing the person (the old one as a former employee).
 */
export async function moveContactPerson(ctx: TenantContext, input: z.infer<typeof moveContactPersonInput>) {
  const tenantId = ctx.tenant.id;
  if (input.toCounterpartyId === input.fromCounterpartyId)
    throw new ValidationError({ toCounterpartyId: "validation.sameCompany" });
  await db().$transaction(async (tx) => {
    await loadEditableCounterparty(tx, ctx, input.fromCounterpartyId);
    const target = await tx.counterparty.findUnique({
      where: { tenantId_id: { tenantId, id: input.toCounterpartyId } },
      select: { responsibleUserId: true },
    });
    // A company the user may not see (managerVisibility = OWN) is no choice, as one of another tenant is none.
    if (!target || !canSeeCounterparty(viewerOf(ctx), target.responsibleUserId))
      throw new ValidationError({ toCounterpartyId: "validation.choose" });
    const today = new Date(new Date().toISOString().slice(0, 10));
    const closed = await tx.employment.updateMany({
      where: {
        tenantId,
        contactPersonId: input.contactPersonId,
        counterpartyId: input.fromCounterpartyId,
        endedOn: null,
      },
      data: { endedOn: today },
    });
    if (closed.count === 0) throw new NotFoundError();
    await tx.employment.create({
      data: {
        tenantId,
        contactPersonId: input.contactPersonId,
        counterpartyId: input.toCounterpartyId,
        position: input.position,
        startedOn: today,
      },
    });
    await tx.contactPerson.update({
      where: { tenantId_id: { tenantId, id: input.contactPersonId } },
      data: { position: input.position, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "contact_person.moved",
      entity: "Counterparty",
      entityId: input.fromCounterpartyId,
      before: { counterpartyId: input.fromCounterpartyId },
      after: { counterpartyId: input.toCounterpartyId, contactPersonId: input.contactPersonId },
    });
  });
}
