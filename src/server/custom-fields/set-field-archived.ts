import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";

export const setFieldArchivedInput = z.object({
  id: z.string().min(1).max(64),
  archived: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** Archiving takes a field off the card and the lists; the values stay in the counterparties and come back with it. */
export async function setFieldArchived(ctx: TenantContext, input: z.infer<typeof setFieldArchivedInput>) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    const { count } = await tx.fieldDefinition.updateMany({
      where: { tenantId, id: input.id },
      data: { archived: input.archived },
    });
    if (count === 0) throw new NotFoundError();
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: input.archived ? "field.archived" : "field.restored",
      entity: "FieldDefinition",
      entityId: input.id,
    });
  });
}
