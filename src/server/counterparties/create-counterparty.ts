import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";

export const createCounterpartyInput = z.object({
  kind: z.enum(["LEGAL_ENTITY", "INDIVIDUAL"], "validation.choose"),
  name: z.string().trim().min(1, "validation.required").max(200, "validation.tooLong"),
});

/** The creator becomes the responsible manager; a director reassigns later. */
export async function createCounterparty(ctx: TenantContext, input: z.infer<typeof createCounterpartyInput>) {
  const tenantId = ctx.tenant.id;
  return db().$transaction(async (tx) => {
    const counterparty = await tx.counterparty.create({
      data: {
        tenantId,
        kind: input.kind,
        name: input.name,
        responsibleUserId: ctx.user.id,
        createdByUserId: ctx.user.id,
        updatedByUserId: ctx.user.id,
      },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "counterparty.created",
      entity: "Counterparty",
      entityId: counterparty.id,
      after: { kind: input.kind, name: input.name },
    });
    return { id: counterparty.id };
  });
}
