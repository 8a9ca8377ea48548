import "server-only";
import { type z } from "zod";
import { db } from "@/server/db";
import { ConflictError, NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { parseSubmittedValues, submittedValues } from "@/server/custom-fields/apply-submitted-values";
import { loadEditableCounterparty } from "@/server/counterparties/load-editable-counterparty";
import { updateCustomFieldsInput } from "@/server/counterparties/update-custom-fields";

export const updateContactPersonFieldsInput = updateCustomFieldsInput;

/**
 * Saves the admin-designed fields of a contact person. Whoever may edit the counterparty he works at (now or
 * before) may edit him; the history goes to that counterparty's card.
 */
export async function updateContactPersonFields(
  ctx: TenantContext,
  input: z.infer<typeof updateContactPersonFieldsInput>,
) {
  const tenantId = ctx.tenant.id;
  const merge = await parseSubmittedValues(ctx, "CONTACT_PERSON", submittedValues(input));
  return db().$transaction(async (tx) => {
    const person = await tx.contactPerson.findUnique({
      where: { tenantId_id: { tenantId, id: input.id } },
      include: { employments: { orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }], take: 1 } },
    });
    const employer = person?.employments[0];
    if (!person || !employer) throw new NotFoundError();
    await loadEditableCounterparty(tx, ctx, employer.counterpartyId);
    const customFields = merge(person.customFields);
    const { count } = await tx.contactPerson.updateMany({
      where: { tenantId, id: person.id, version: input.version },
      data: { customFields, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "contact_person.fields_updated",
      entity: "Counterparty",
      entityId: employer.counterpartyId,
      before: { person: `${person.lastName} ${person.firstName}`, ...(person.customFields as object) },
      after: { person: `${person.lastName} ${person.firstName}`, ...customFields },
    });
    return { version: input.version + 1 };
  });
}
