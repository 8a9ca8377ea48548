import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { ConflictError, NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";

export const setCounterpartyArchivedInput = z.object({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1),
  archived: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** Archived clients leave the working lists but keep their history and documents; nothing is deleted. */
export async function setCounterpartyArchived(ctx: TenantContext, input: z.infer<typeof setCounterpartyArchivedInput>) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    const current = await tx.counterparty.findUnique({
      where: { tenantId_id: { tenantId, id: input.id } },
      select: { archived: true },
    });
    if (!current) throw new NotFoundError();
    const { count } = await tx.counterparty.updateMany({
      where: { tenantId, id: input.id, version: input.version },
      data: { archived: input.archived, version: { increment: 1 }, updatedByUserId: ctx.user.id },
    });
    if (count === 0) throw new ConflictError();
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: input.archived ? "counterparty.archived" : "counterparty.restored",
      entity: "Counterparty",
      entityId: input.id,
      before: { archived: current.archived },
      after: { archived: input.archived },
    });
  });
}
