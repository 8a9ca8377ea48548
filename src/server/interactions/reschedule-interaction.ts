import "server-only";
import { z } from "zod";
import { recordId } from "@/domain/forms/form-fields";
import { instantAt } from "@/domain/dates/local-time";
import { wallClock } from "@/domain/interactions/interaction-input";
import { db } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { lockInteractionForWrite } from "./interaction-access";

export const rescheduleInteractionInput = z.object({ id: recordId, version: z.coerce.number().int().min(1), plannedAt: wallClock });

/** Moves a planned interaction to another time; its reminder moves with it, as far ahead as it was. */
export async function rescheduleInteraction(ctx: TenantContext, input: z.infer<typeof rescheduleInteractionInput>) {
  const tenantId = ctx.tenant.id;
  const plannedAt = instantAt(input.plannedAt, ctx.tenant.timeZone);
  if (!plannedAt) throw new ValidationError({ plannedAt: "validation.dateTime" });
  return db().$transaction(async (tx) => {
    const current = await lockInteractionForWrite(tx, ctx, input.id);
    if (current.version !== input.version) throw new ConflictError();
    if (current.status !== "PLANNED") throw new ValidationError({}, "errors.interactionClosed");
    const lead = current.remindAt && current.plannedAt ? current.plannedAt.getTime() - current.remindAt.getTime() : null;
    const remindAt = lead === null ? null : new Date(plannedAt.getTime() - lead);
    await tx.interaction.update({
      where: { tenantId_id: { tenantId, id: current.id } },
      data: { plannedAt, at: plannedAt, remindAt, reminderDueAt: remindAt, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "interaction.rescheduled",
      entity: "Interaction",
      entityId: current.id,
      before: { plannedAt: current.plannedAt?.toISOString() },
      after: { plannedAt: plannedAt.toISOString() },
    });
    return { version: current.version + 1 };
  });
}
