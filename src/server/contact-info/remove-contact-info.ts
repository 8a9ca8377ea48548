import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { loadEditableCounterparty } from "@/server/counterparties/load-editable-counterparty";
import { assertPersonAtCounterparty } from "./add-contact-info";

export const removeContactInfoInput = z.object({
  counterpartyId: z.string().min(1).max(64),
  id: z.string().min(1).max(64),
});

export async function removeContactInfo(ctx: TenantContext, input: z.infer<typeof removeContactInfoInput>) {
  const tenantId = ctx.tenant.id;
  await db().$transaction(async (tx) => {
    await loadEditableCounterparty(tx, ctx, input.counterpartyId);
    const entry = await tx.contactInfo.findUnique({ where: { tenantId_id: { tenantId, id: input.id } } });
    if (!entry) throw new NotFoundError();
    if (entry.contactPersonId)
      await assertPersonAtCounterparty(tx, tenantId, entry.contactPersonId, input.counterpartyId);
    else if (entry.counterpartyId !== input.counterpartyId) throw new NotFoundError();
    await tx.contactInfo.delete({ where: { tenantId_id: { tenantId, id: input.id } } });
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "contact_info.removed",
      entity: "Counterparty",
      entityId: input.counterpartyId,
      before: { type: entry.type, value: entry.value },
    });
  });
}
