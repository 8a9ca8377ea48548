import "server-only";
import { z } from "zod";
import { recordId } from "@/domain/forms/form-fields";
import { instantAt } from "@/domain/dates/local-time";
import { wallClock } from "@/domain/interactions/interaction-input";
import { ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { changePlannedInteraction } from "./change-planned-interaction";

export const rescheduleInteractionInput = z.object({
  id: recordId,
  version: z.coerce.number().int().min(1),
  plannedAt: wallClock,
});

/** Moves a planned interaction to another time; its reminder moves with it, as far ahead as it was. */
export async function rescheduleInteraction(ctx: TenantContext, input: z.infer<typeof rescheduleInteractionInput>) {
  const plannedAt = instantAt(input.plannedAt, ctx.tenant.timeZone);
  if (!plannedAt) throw new ValidationError({ plannedAt: "validation.dateTime" });
  return changePlannedInteraction(ctx, input, (current) => {
    const lead =
      current.remindAt && current.plannedAt ? current.plannedAt.getTime() - current.remindAt.getTime() : null;
    const remindAt = lead === null ? null : new Date(plannedAt.getTime() - lead);
    return {
      action: "interaction.rescheduled",
      data: { plannedAt, at: plannedAt, remindAt, reminderDueAt: remindAt },
      before: { plannedAt: current.plannedAt?.toISOString() },
      after: { plannedAt: plannedAt.toISOString() },
    };
  });
}
