import "server-only";
import type { z } from "zod";
import { interactionSchema } from "@/domain/interactions/interaction-input";
import { db } from "@/server/db";
import { createOnce } from "@/server/db/unique-violation";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { interactionFields, resolveInteractionReferences, timing } from "./resolve-interaction-references";

export const createInteractionInput = interactionSchema;

/**
 * Plans a contact or logs one that took place (SPEC §4.1). A planned time in the past is allowed: the contact is
 * simply overdue from the start. The form's idempotency key makes a double submit create one interaction.
 */
export async function createInteraction(
  ctx: TenantContext,
  input: z.infer<typeof createInteractionInput>,
): Promise<{ id: string }> {
  const tenantId = ctx.tenant.id;
  const findExisting = async () =>
    input.idempotencyKey
      ? db().interaction.findUnique({
          where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: input.idempotencyKey } },
          select: { id: true },
        })
      : null;
  return createOnce(findExisting, () =>
    db().$transaction(async (tx) => {
      const { at, remindAt, responsibleUserId } = await resolveInteractionReferences(tx, ctx, input);
      const created = await tx.interaction.create({
        data: {
          tenantId,
          ...interactionFields(input, responsibleUserId),
          ...timing(input.done, at, remindAt, input.durationMinutes),
          idempotencyKey: input.idempotencyKey,
          createdByUserId: ctx.user.id,
        },
        select: { id: true, status: true },
      });
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: ctx.user.id,
        action: created.status === "DONE" ? "interaction.logged" : "interaction.planned",
        entity: "Interaction",
        entityId: created.id,
        after: { counterpartyId: input.counterpartyId, type: input.type, subject: input.subject, at: at.toISOString() },
      });
      return { id: created.id };
    }),
  );
}
