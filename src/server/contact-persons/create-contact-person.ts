import "server-only";
import { z } from "zod";
import { contactPersonSchema } from "@/domain/contact-persons/contact-person-input";
import { normalizeContactValue } from "@/domain/contact-info/normalize";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { loadEditableCounterparty } from "@/server/counterparties/load-editable-counterparty";

export const createContactPersonInput = contactPersonSchema.extend({
  counterpartyId: z.string().min(1).max(64),
  phone: z.string().trim().max(50, "validation.tooLong").optional(),
  email: z.union([z.literal(""), z.string().trim().toLowerCase().pipe(z.email("validation.email"))]).optional(),
});

/** A new person working at the counterparty, with a phone and an e-mail if given. */
export async function createContactPerson(ctx: TenantContext, input: z.infer<typeof createContactPersonInput>) {
  const tenantId = ctx.tenant.id;
  const { counterpartyId, phone, email, ...person } = input;
  return db().$transaction(async (tx) => {
    await loadEditableCounterparty(tx, ctx, counterpartyId);
    const created = await tx.contactPerson.create({ data: { tenantId, ...person } });
    await tx.employment.create({
      data: { tenantId, contactPersonId: created.id, counterpartyId, position: person.position },
    });
    const contacts = [
      ...(phone ? [{ type: "PHONE" as const, value: phone }] : []),
      ...(email ? [{ type: "EMAIL" as const, value: email }] : []),
    ];
    if (contacts.length) {
      await tx.contactInfo.createMany({
        data: contacts.map((c) => ({
          tenantId,
          contactPersonId: created.id,
          type: c.type,
          value: c.value,
          normalized: normalizeContactValue(c.type, c.value),
          isPrimary: true,
        })),
      });
    }
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "contact_person.created",
      entity: "Counterparty",
      entityId: counterpartyId,
      after: {
        contactPersonId: created.id,
        lastName: person.lastName,
        firstName: person.firstName,
        position: person.position,
      },
    });
    return { id: created.id };
  });
}
