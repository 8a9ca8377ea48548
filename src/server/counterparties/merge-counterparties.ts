import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { refreshCustomerFirsts } from "@/server/sales/refresh-customer-firsts";

export const mergeCounterpartiesInput = z.object({
  winnerId: z.string().min(1).max(64),
  loserId: z.string().min(1, "validation.required").max(64),
});

const FILLABLE = ["legalName", "taxId", "kpp", "sourceId", "notes", "responsibleUserId"] as const;

/**
 * Folds a duplicate into the counterparty that stays: everything that pointed to the duplicate points to the
 * winner, empty requisites of the winner are filled from it, custom-field values the winner lacks are taken over,
 * and the duplicate is removed, all in one transaction and recorded in the audit trail.
 */
export async function mergeCounterparties(ctx: TenantContext, input: z.infer<typeof mergeCounterpartiesInput>) {
  const tenantId = ctx.tenant.id;
  if (input.winnerId === input.loserId) throw new ValidationError({ loserId: "validation.sameCompany" });
  await db().$transaction(async (tx) => {
    const [winner, loser] = await Promise.all(
      [input.winnerId, input.loserId].map((id) =>
        tx.counterparty.findUnique({ where: { tenantId_id: { tenantId, id } } }),
      ),
    );
    if (!winner || !loser) throw new NotFoundError();

    const from = { tenantId, counterpartyId: loser.id };
    const to = { counterpartyId: winner.id };
    const moved = {
      contactInfo: (await tx.contactInfo.updateMany({ where: from, data: to })).count,
      employments: (await tx.employment.updateMany({ where: from, data: to })).count,
      orders: (await tx.order.updateMany({ where: from, data: to })).count,
      shipments: (await tx.shipment.updateMany({ where: from, data: to })).count,
      payments: (await tx.payment.updateMany({ where: from, data: to })).count,
      interactions: (await tx.interaction.updateMany({ where: from, data: to })).count,
      classificationChanges: (await tx.classificationChange.updateMany({ where: from, data: to })).count,
    };
    // Supplied products the winner already lists keep the winner's price; the rest move over.
    const winnerProducts = (
      await tx.suppliedProduct.findMany({ where: { tenantId, counterpartyId: winner.id }, select: { productId: true } })
    ).map((p) => p.productId);
    await tx.suppliedProduct.updateMany({ where: { ...from, productId: { notIn: winnerProducts } }, data: to });
    // A supplier profile follows the duplicate only when the winner has none; otherwise the winner's is kept.
    const winnerProfile = await tx.supplierProfile.findUnique({
      where: { tenantId_counterpartyId: { tenantId, counterpartyId: winner.id } },
    });
    if (!winnerProfile) {
      await tx.supplierProfile.updateMany({
        where: { tenantId, counterpartyId: loser.id },
        data: { counterpartyId: winner.id },
      });
    }
    const filled = Object.fromEntries(
      FILLABLE.filter((k) => winner[k] === null && loser[k] !== null).map((k) => [k, loser[k]]),
    );
    const customFields = {
      ...(loser.customFields as object),
      ...(winner.customFields as object),
    } as Prisma.InputJsonValue;
    await tx.counterparty.update({
      where: { tenantId_id: { tenantId, id: winner.id } },
      data: {
        ...filled,
        customFields,
        isCustomer: winner.isCustomer || loser.isCustomer,
        isSupplier: winner.isSupplier || loser.isSupplier,
        isPartner: winner.isPartner || loser.isPartner,
        isCompetitor: winner.isCompetitor || loser.isCompetitor,
        isOther: winner.isOther || loser.isOther,
        version: { increment: 1 },
        updatedByUserId: ctx.user.id,
      },
    });
    await tx.counterparty.delete({ where: { tenantId_id: { tenantId, id: loser.id } } });
    // The winner's first sale and first deal may now be the duplicate's.
    await refreshCustomerFirsts(tx, tenantId, winner.id);
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: ctx.user.id,
      action: "counterparty.merged",
      entity: "Counterparty",
      entityId: winner.id,
      before: { mergedId: loser.id, mergedName: loser.name, mergedTaxId: loser.taxId },
      after: { ...filled, ...moved },
    });
  });
}
