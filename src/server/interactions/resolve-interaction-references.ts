import "server-only";
import { can } from "@/domain/auth/permissions";
import { instantAt } from "@/domain/dates/local-time";
import type { InteractionInput } from "@/domain/interactions/interaction-input";
import type { Tx } from "@/server/db";
import { ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { clientReferenceErrors } from "@/server/counterparties/client-reference-errors";

/**
 * Checks every id the interaction form names against this tenant and turns its wall-clock times into instants in
 * the tenant's zone. A bad reference is a message next to its field, not a foreign-key failure.
 */
export async function resolveInteractionReferences(tx: Tx, ctx: TenantContext, input: InteractionInput) {
  const tenantId = ctx.tenant.id;
  const [errors, responsible, source] = await Promise.all([
    clientReferenceErrors(tx, ctx, input),
    input.responsibleUserId
      ? tx.membership.findFirst({
          where: { tenantId, userId: input.responsibleUserId, active: true },
          select: { userId: true },
        })
      : null,
    input.sourceId
      ? tx.informationSource.findUnique({
          where: { tenantId_id: { tenantId, id: input.sourceId } },
          select: { id: true },
        })
      : null,
  ]);
  if (input.responsibleUserId && !responsible) errors.responsibleUserId = "validation.choose";
  if (input.sourceId && !source) errors.sourceId = "validation.choose";
  const at = instantAt(input.at, ctx.tenant.timeZone);
  const remindAt = input.remindAt && !input.done ? instantAt(input.remindAt, ctx.tenant.timeZone) : null;
  if (!at) errors.at = "validation.dateTime";
  if (input.remindAt && !input.done && !remindAt) errors.remindAt = "validation.dateTime";
  if (Object.keys(errors).length) throw new ValidationError(errors);

  // A manager plans for himself; directors and admins may give the contact to any active member.
  const responsibleUserId = can(ctx.role, "interaction.writeAny")
    ? (input.responsibleUserId ?? ctx.user.id)
    : ctx.user.id;
  return { at: at!, remindAt, responsibleUserId };
}

/** The columns a form's times set: planned ones wait for their time (and reminder); logged ones took place. */
export function timing(done: boolean, at: Date, remindAt: Date | null, durationMinutes: number | null) {
  return done
    ? {
        status: "DONE" as const,
        plannedAt: null,
        startedAt: at,
        at,
        durationMinutes,
        remindAt: null,
        reminderDueAt: null,
      }
    : {
        status: "PLANNED" as const,
        plannedAt: at,
        startedAt: null,
        at,
        durationMinutes: null,
        remindAt,
        reminderDueAt: remindAt,
      };
}

/** The columns the interaction form sets directly, once its references are checked. */
export function interactionFields(input: InteractionInput, responsibleUserId: string) {
  return {
    counterpartyId: input.counterpartyId,
    contactPersonId: input.contactPersonId,
    responsibleUserId,
    orderId: input.orderId,
    sourceId: input.sourceId,
    type: input.type,
    direction: input.direction,
    importance: input.importance,
    subject: input.subject,
    content: input.content,
  };
}
