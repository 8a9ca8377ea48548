import "server-only";
import { z } from "zod";
import { recordId } from "@/domain/forms/form-fields";
import type { TenantContext } from "@/server/tenant-context";
import { changePlannedInteraction } from "./change-planned-interaction";

export const cancelInteractionInput = z.object({ id: recordId, version: z.coerce.number().int().min(1) });

/** Calls off a planned interaction: it leaves the calendar and its reminder is not sent. */
export async function cancelInteraction(ctx: TenantContext, input: z.infer<typeof cancelInteractionInput>) {
  return changePlannedInteraction(ctx, input, (current) => ({
    action: "interaction.cancelled",
    data: { status: "CANCELLED", reminderDueAt: null },
    before: { status: current.status },
    after: { status: "CANCELLED" },
  }));
}
