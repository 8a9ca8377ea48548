import "server-only";
import { z } from "zod";
import { contactInfoEntrySchema } from "@/domain/contact-info/contact-info-input";
import { normalizeContactValue } from "@/domain/contact-info/normalize";
import { db, type Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { loadEditableCounterparty } from "@/server/counterparties/load-editable-counterparty";

export const addContactInfoInput = z.intersection(
  contactInfoEntrySchema,
  z.object({
    counterpartyId: z.string().min(1).max(64),
    /** When set, the entry belongs to this person, who must work or have worked at the counterparty. */
    contactPersonId: z
      .string()
      .max(64)
      .optional()
      .transform((v) => v || undefined),
  }),
);

export async function assertPersonAtCounterparty(
  tx: Tx,
  tenantId: string,
  contactPersonId: string,
  counterpartyId: string,
) {
  const employment = await tx.employment.findFirst({
    where: { tenantId, contactPersonId, counterpartyId },
    select: { id: true },
  });
  if (!employment) throw new NotFoundError();
}

/** Adds a phone, e-mail, address, … to a counterparty or one of its people; a new primary entry demotes the old one. */
export async function addContactInfo(ctx: TenantContext, input: z.infer<typeof addContactInfoInput>) {
  const tenantId = ctx.tenant.id;
  return db().$transaction(async (tx) => {
    await loadEditableCounterparty(tx, ctx, input.counterpartyId);
    if (input.contactPersonId)
      await assertPersonAtCounterparty(tx, tenantId, input.contactPersonId, input.counterpartyId);
    const owner = input.contactPersonId
      ? { contactPersonId: input.contactPersonId }
      : { counterpartyId: input.counterpartyId };
    if (input.isPrimary) {
      await tx.contactInfo.updateMany({ where: { tenantId, ...owner, type: input.type }, data: { isPrimary: false } });
    }
    const position = await tx.contactInfo.count({ where: { tenantId, ...owner } });
    const entry = await tx.contactInfo.create({
      data: {
        tenantId,
        ...owner,
        type: input.type,
        value: input.value,
        normalized: normalizeContactValue(input.type, input.value),
        label: input.label,
        isPrimary: input.isPrimary,
        position,
      },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "contact_info.added",
      entity: "Counterparty",
      entityId: input.counterpartyId,
      after: {
        type: input.type,
        value: input.value,
        ...(input.contactPersonId ? { contactPersonId: input.contactPersonId } : {}),
      },
    });
    return { id: entry.id };
  });
}
