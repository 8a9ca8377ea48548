import "server-only";
import { z } from "zod";
import { optionalText, recordId } from "@/domain/forms/form-fields";
import { instantAt } from "@/domain/dates/local-time";
import { minutes, wallClock } from "@/domain/interactions/interaction-input";
import { db } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { lockInteractionForWrite } from "./interaction-access";

export const completeInteractionInput = z.object({
  id: recordId,
  version: z.coerce.number().int().min(1),
  content: optionalText(20_000),
  durationMinutes: minutes,
  /** When it took place; now when left empty. */
  startedAt: z.union([z.literal(""), wallClock]).optional(),
});

/** Marks a planned interaction done with its result and the time spent; its reminder, if still due, is dropped. */
export async function completeInteraction(ctx: TenantContext, input: z.infer<typeof completeInteractionInput>) {
  const tenantId = ctx.tenant.id;
  const startedAt = input.startedAt ? instantAt(input.startedAt, ctx.tenant.timeZone) : new Date();
  if (!startedAt) throw new ValidationError({ startedAt: "validation.dateTime" });
  return db().$transaction(async (tx) => {
    const current = await lockInteractionForWrite(tx, ctx, input.id);
    if (current.version !== input.version) throw new ConflictError();
    if (current.status !== "PLANNED") throw new ValidationError({}, "errors.interactionClosed");
    await tx.interaction.update({
      where: { tenantId_id: { tenantId, id: current.id } },
      data: {
        status: "DONE",
        startedAt,
        at: startedAt,
        durationMinutes: input.durationMinutes,
        content: input.content ?? current.content,
        reminderDueAt: null,
        version: { increment: 1 },
      },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "interaction.done",
      entity: "Interaction",
      entityId: current.id,
      before: { status: current.status },
      after: { status: "DONE", startedAt: startedAt.toISOString(), durationMinutes: input.durationMinutes, content: input.content },
    });
    return { version: current.version + 1 };
  });
}
