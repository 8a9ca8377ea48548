import "server-only";
import { canWriteInteraction } from "@/domain/auth/permissions";
import { seesOnlyOwnCounterparties } from "@/domain/tenants/tenant-settings";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import type { TenantContext } from "@/server/tenant-context";

/** SPEC §1.3: an interaction is seen by whoever sees its counterparty, and always by the user responsible for it. */
export function visibleInteractionsWhere(ctx: TenantContext): Prisma.InteractionWhereInput {
  const where: Prisma.InteractionWhereInput = { tenantId: ctx.tenant.id };
  if (seesOnlyOwnCounterparties(ctx.role, ctx.tenant.settings)) {
    where.OR = [{ responsibleUserId: ctx.user.id }, { counterparty: { responsibleUserId: ctx.user.id } }];
  }
  return where;
}

/**
 * Locks the interaction for the rest of the transaction and checks that the user may change it. Another tenant's
 * interaction, or one the user may not see, is not found.
 */
export async function lockInteractionForWrite(tx: Tx, ctx: TenantContext, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "Interaction" WHERE "tenantId" = ${ctx.tenant.id} AND "id" = ${id} FOR UPDATE`;
  const interaction = await tx.interaction.findFirst({ where: { ...visibleInteractionsWhere(ctx), id } });
  if (!interaction) throw new NotFoundError();
  if (!canWriteInteraction(ctx.role, ctx.user.id, interaction.responsibleUserId)) throw new ForbiddenError();
  return interaction;
}
