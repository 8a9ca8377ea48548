import "server-only";
import { z } from "zod";
import { optionalText, recordId } from "@/domain/forms/form-fields";
import { instantAt } from "@/domain/dates/local-time";
import { minutes, wallClock } from "@/domain/interactions/interaction-input";
import { ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { changePlannedInteraction } from "./change-planned-interaction";

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
  const startedAt = input.startedAt ? instantAt(input.startedAt, ctx.tenant.timeZone) : new Date();
  if (!startedAt) throw new ValidationError({ startedAt: "validation.dateTime" });
  return changePlannedInteraction(ctx, input, (current) => ({
    action: "interaction.done",
    data: {
      status: "DONE",
      startedAt,
      at: startedAt,
      durationMinutes: input.durationMinutes,
      content: input.content ?? current.content,
      reminderDueAt: null,
    },
    before: { status: current.status },
    after: {
      status: "DONE",
      startedAt: startedAt.toISOString(),
      durationMinutes: input.durationMinutes,
      content: input.content,
    },
  }));
}
