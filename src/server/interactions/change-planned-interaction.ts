import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { ConflictError, ValidationError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { TenantContext } from "@/server/tenant-context";
import { lockInteractionForWrite } from "./interaction-access";

type Interaction = Awaited<ReturnType<typeof lockInteractionForWrite>>;

export interface PlannedChange {
  action: string;
  data: Prisma.InteractionUncheckedUpdateInput;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * The frame of every change to a planned interaction (done, rescheduled, cancelled): lock it, refuse a stale
 * version or one no longer planned, write the change with the next version and its audit record together.
 */
export async function changePlannedInteraction(
  ctx: TenantContext,
  ref: { id: string; version: number },
  change: (current: Interaction) => PlannedChange,
) {
  return db().$transaction(async (tx) => {
    const current = await lockInteractionForWrite(tx, ctx, ref.id);
    if (current.version !== ref.version) throw new ConflictError();
    if (current.status !== "PLANNED") throw new ValidationError({}, "errors.interactionClosed");
    const { action, data, before, after } = change(current);
    await tx.interaction.update({
      where: { tenantId_id: { tenantId: ctx.tenant.id, id: current.id } },
      data: { ...data, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, {
      tenantId: ctx.tenant.id,
      actorUserId: ctx.user.id,
      action,
      entity: "Interaction",
      entityId: current.id,
      before,
      after,
    });
    return { version: current.version + 1 };
  });
}
