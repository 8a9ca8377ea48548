import "server-only";
import { z } from "zod";
import { recordId } from "@/domain/forms/form-fields";
import { db } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { lockInteractionForWrite } from "./interaction-access";

export const cancelInteractionInput = z.object({ id: recordId, version: z.coerce.number().int().min(1) });

/** Calls off a planned interaction: it leaves the calendar and its reminder is not sent. */
export async function cancelInteraction(ctx: TenantContext, input: z.infer<typeof cancelInteractionInput>) {
  const tenantId = ctx.tenant.id;
  return db().$transaction(async (tx) => {
    const current = await lockInteractionForWrite(tx, ctx, input.id);
    if (current.version !== input.version) throw new ConflictError();
    if (current.status !== "PLANNED") throw new ValidationError({}, "errors.interactionClosed");
    await tx.interaction.update({
      where: { tenantId_id: { tenantId, id: current.id } },
      data: { status: "CANCELLED", reminderDueAt: null, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "interaction.cancelled",
      entity: "Interaction",
      entityId: current.id,
      before: { status: current.status },
      after: { status: "CANCELLED" },
    });
    return { version: current.version + 1 };
  });
}
