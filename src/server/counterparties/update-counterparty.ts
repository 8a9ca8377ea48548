import "server-only";
import { z } from "zod";
import { counterpartyRequisitesSchema } from "@/domain/counterparties/counterparty-input";
import { db } from "@/server/db";
import { ConflictError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { assertSourceInTenant } from "./assert-source";
import { loadEditableCounterparty } from "./load-editable-counterparty";

export const updateCounterpartyInput = z.intersection(
  counterpartyRequisitesSchema,
  z.object({ id: z.string().min(1).max(64), version: z.coerce.number().int().min(1) }),
);

const AUDITED = [
  "kind",
  "name",
  "legalName",
  "taxId",
  "kpp",
  "isCustomer",
  "isSupplier",
  "isPartner",
  "isCompetitor",
  "isOther",
  "sourceId",
  "notes",
] as const;

/**
 * Saves the requisites if nobody changed the counterparty since the form was opened (its version); otherwise the
 * save is refused and the user sees the latest version.
 */
export async function updateCounterparty(ctx: TenantContext, input: z.infer<typeof updateCounterpartyInput>) {
  const tenantId = ctx.tenant.id;
  await assertSourceInTenant(tenantId, input.sourceId);
  const { id, version, ...requisites } = input;
  return db().$transaction(async (tx) => {
    const before = await loadEditableCounterparty(tx, ctx, id);
    const { count } = await tx.counterparty.updateMany({
      where: { tenantId, id, version },
      data: { ...requisites, version: { increment: 1 }, updatedByUserId: ctx.user.id },
    });
    if (count === 0) throw new ConflictError();
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "counterparty.updated",
      entity: "Counterparty",
      entityId: id,
      before: Object.fromEntries(AUDITED.map((k) => [k, before[k]])),
      after: Object.fromEntries(AUDITED.map((k) => [k, requisites[k]])),
    });
    return { version: version + 1 };
  });
}
