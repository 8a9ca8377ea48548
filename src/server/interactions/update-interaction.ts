import "server-only";
import { z } from "zod";
import { interactionSchema } from "@/domain/interactions/interaction-input";
import { recordId } from "@/domain/forms/form-fields";
import { db } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { lockInteractionForWrite } from "./interaction-access";
import { interactionFields, resolveInteractionReferences, timing } from "./resolve-interaction-references";

export const updateInteractionInput = interactionSchema.and(
  z.object({ id: recordId, version: z.coerce.number().int().min(1) }),
);

/** Edits a planned or logged interaction; it stays planned or logged (marking done has its own form). */
export async function updateInteraction(ctx: TenantContext, input: z.infer<typeof updateInteractionInput>) {
  const tenantId = ctx.tenant.id;
  return db().$transaction(async (tx) => {
    const current = await lockInteractionForWrite(tx, ctx, input.id);
    if (current.version !== input.version) throw new ConflictError();
    if (current.status === "CANCELLED") throw new ValidationError({}, "errors.interactionClosed");
    if (current.emailId && current.counterpartyId !== input.counterpartyId)
      throw new ValidationError({ counterpartyId: "validation.emailSent" });
    const done = current.status === "DONE";
    const { at, remindAt, responsibleUserId } = await resolveInteractionReferences(tx, ctx, { ...input, done });
    const next = interactionFields(input, responsibleUserId);
    const times = timing(done, at, remindAt, done ? input.durationMinutes : null);
    // A reminder already sent for this very time is not sent again.
    const reminderDueAt =
      remindAt && current.remindAt?.getTime() === remindAt.getTime() ? current.reminderDueAt : times.reminderDueAt;
    await tx.interaction.update({
      where: { tenantId_id: { tenantId, id: current.id } },
      data: { ...next, ...times, reminderDueAt, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "interaction.updated",
      entity: "Interaction",
      entityId: current.id,
      before: { ...pick(current, Object.keys(next)), at: current.at.toISOString() },
      after: { ...next, at: at.toISOString() },
    });
    return { version: current.version + 1 };
  });
}

function pick(row: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}
