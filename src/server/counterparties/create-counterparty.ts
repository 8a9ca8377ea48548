import "server-only";
import { z } from "zod";
import { counterpartyRequisitesSchema } from "@/domain/counterparties/counterparty-input";
import { normalizeContactValue } from "@/domain/contact-info/normalize";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { findDuplicates, type DuplicateCandidate } from "./find-duplicates";
import { assertSourceInTenant } from "./assert-source";

export const createCounterpartyInput = z.intersection(
  counterpartyRequisitesSchema,
  z.object({
    phone: z.string().trim().max(50, "validation.tooLong").optional(),
    email: z.union([z.literal(""), z.string().trim().toLowerCase().pipe(z.email("validation.email"))]).optional(),
    /** Set when the user has seen the likely duplicates and creates the counterparty anyway. */
    confirmed: z.enum(["yes"]).optional(),
  }),
);

export type CreateCounterpartyResult = { id: string; duplicates: [] } | { id: null; duplicates: DuplicateCandidate[] };

/**
 * Creates a counterparty with its first phone and e-mail; the creator becomes the responsible manager. Likely
 * duplicates are returned instead, until the user confirms.
 */
export async function createCounterparty(
  ctx: TenantContext,
  input: z.infer<typeof createCounterpartyInput>,
): Promise<CreateCounterpartyResult> {
  const tenantId = ctx.tenant.id;
  const { phone: rawPhone, email: rawEmail, confirmed, ...requisites } = input;
  const phone = rawPhone || undefined;
  const email = rawEmail || undefined;
  if (!confirmed) {
    const duplicates = await findDuplicates(ctx, {
      name: input.name,
      taxId: input.taxId,
      phones: phone ? [phone] : [],
      emails: email ? [email] : [],
    });
    if (duplicates.length) return { id: null, duplicates };
  }
  await assertSourceInTenant(tenantId, input.sourceId);
  return db().$transaction(async (tx) => {
    const counterparty = await tx.counterparty.create({
      data: {
        tenantId,
        ...requisites,
        responsibleUserId: ctx.user.id,
        createdByUserId: ctx.user.id,
        updatedByUserId: ctx.user.id,
      },
    });
    const contacts = [
      ...(phone ? [{ type: "PHONE" as const, value: phone }] : []),
      ...(email ? [{ type: "EMAIL" as const, value: email }] : []),
    ];
    if (contacts.length) {
      await tx.contactInfo.createMany({
        data: contacts.map((c) => ({
          tenantId,
          counterpartyId: counterparty.id,
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
      action: "counterparty.created",
      entity: "Counterparty",
      entityId: counterparty.id,
      after: { kind: input.kind, name: input.name, taxId: input.taxId },
    });
    return { id: counterparty.id, duplicates: [] as [] };
  });
}
